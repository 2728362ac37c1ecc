package org.nafitha.issuance.web;

import java.util.Locale;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.VerificationCode;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.nafitha.issuance.internal.RevokingDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The issuing department's documents: officers and heads revoke one with a reason. */
@Controller
class StaffDocumentsController {

    private final IssuedDocuments documents;
    private final RevokingDocuments revoking;
    private final MessageSource messages;

    StaffDocumentsController(IssuedDocuments documents, RevokingDocuments revoking, MessageSource messages) {
        this.documents = documents;
        this.revoking = revoking;
        this.messages = messages;
    }

    @GetMapping("/staff/documents")
    String list(Actor actor, Model model) {
        requireIssuer(actor);
        model.addAttribute("documents", documents.ofDepartment(actor.department(), 100));
        return "issuance/staff-documents";
    }

    @PostMapping("/staff/documents/{code}/revoke")
    String revoke(@PathVariable String code, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
                  Locale locale, RedirectAttributes redirect) {
        requireIssuer(actor);
        var parsed = VerificationCode.parse(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refusal = revoking.revoke(parsed, actor, reason);
        if (refusal.isPresent()) {
            model.addAttribute("revokeError", messages.getMessage(refusal.get().messageKey(), null, locale));
            model.addAttribute("failedCode", parsed.value());
            model.addAttribute("reason", reason);
            return list(actor, model);
        }
        redirect.addFlashAttribute("banner", "issuance.revoke.done");
        redirect.addFlashAttribute("bannerReference", parsed.grouped());
        return "redirect:/staff/documents";
    }

    private static void requireIssuer(Actor actor) {
        if (actor.department() == null || !(actor.has(Role.OFFICER) || actor.has(Role.HEAD))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
