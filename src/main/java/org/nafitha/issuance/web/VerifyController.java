package org.nafitha.issuance.web;

import java.util.Locale;

import org.nafitha.issuance.internal.VerificationThrottle;
import org.nafitha.issuance.internal.VerifyingDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The public page a document's QR code opens: no sign-in, Arabic or English. */
@Controller
class VerifyController {

    private final VerifyingDocuments verifying;
    private final VerificationThrottle throttle;

    VerifyController(VerifyingDocuments verifying, VerificationThrottle throttle) {
        this.verifying = verifying;
        this.throttle = throttle;
    }

    /** The form for a code typed from paper; it goes to the same address as the QR code. */
    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) return "issuance/verify";
        return "redirect:" + UriComponentsBuilder.fromPath("/verify/{code}").buildAndExpand(code.strip()).encode().toUriString();
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response,
                  Locale locale) {
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("throttled", true);
            return "issuance/verify";
        }
        model.addAttribute("result", verifying.verify(code));
        model.addAttribute("code", code);
        return "issuance/verify";
    }
}
