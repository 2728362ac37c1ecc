package org.nafitha.issuance.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.issuance.internal.MinistryKey;
import org.nafitha.issuance.internal.Verification;
import org.nafitha.issuance.internal.VerificationThrottle;
import org.nafitha.issuance.internal.VerifyingDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The verification answer for machines: the same shape for a real, unknown or malformed code. */
@RestController
@Tag(name = "Verification")
class VerifyApi {

    private final VerifyingDocuments verifying;
    private final VerificationThrottle throttle;
    private final Problems problems;
    private final MinistryKey key;

    VerifyApi(VerifyingDocuments verifying, VerificationThrottle throttle, Problems problems, MinistryKey key) {
        this.key = key;
        this.verifying = verifying;
        this.throttle = throttle;
        this.problems = problems;
    }

    record DocumentType(String ar, String en) {
    }

    /**
     * @param result  GENUINE (issued by the ministry; see status) or NOT_FOUND
     * @param status  VALID, REVOKED or SUPERSEDED; null when not found
     * @param holder  the holder's name, partly masked
     */
    record VerificationAnswer(String result, @Nullable String status, @Nullable DocumentType documentType,
                              @Nullable LocalDate issuedOn, @Nullable String holder) {
    }

    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"result": "GENUINE", "status": "VALID", "documentType": {"ar": "شهادة حسن سيرة وسلوك", "en": "Good conduct certificate"},
             "issuedOn": "2026-03-18", "holder": "محمد عبد الر*** خ**"}""")))
    @GetMapping("/api/v1/verify/{code}")
    @Operation(summary = "Verify an issued document by the code printed under its QR code (no sign-in)")
    ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request, Locale locale) {
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            var throttled = IssuanceError.VERIFY_THROTTLED;
            return ResponseEntity.status(throttled.status()).header("Retry-After", "60").body(problems.detail(throttled));
        }
        return ResponseEntity.ok(answer(verifying.verify(code), locale));
    }

    /** The certificate the offline verifier ({@code verify-document}) checks signatures against. */
    @GetMapping(value = "/api/v1/verify/certificate.pem", produces = "application/x-pem-file")
    @Operation(summary = "The ministry's document-signing certificate, PEM")
    String certificate() {
        return key.certificatePem();
    }

    private static VerificationAnswer answer(Verification v, Locale locale) {
        if (!v.found()) return new VerificationAnswer("NOT_FOUND", null, null, null, null);
        return new VerificationAnswer("GENUINE", v.status().name(), new DocumentType(v.typeAr(), v.typeEn()),
                v.issuedOn(), "ar".equals(locale.getLanguage()) ? v.holderAr() : v.holderEn());
    }
}
