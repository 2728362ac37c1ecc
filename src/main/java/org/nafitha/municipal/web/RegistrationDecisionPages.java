package org.nafitha.municipal.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.PageImages;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.VerifyingRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One registration opened by municipal affairs: the decree or appointment document beside what the
 * official declared, each page shown as an image (a PDF rendered, as the archive shows its scans),
 * every view of it in the audit trail. Propose it verified, confirm someone else's proposal, or
 * refuse it with a reason.
 */
@Controller
class RegistrationDecisionPages {

    private final RegistrationView view;
    private final VerifyingRegistrations verifying;
    private final PageImages images;
    private final MessageSource messages;

    RegistrationDecisionPages(RegistrationView view, VerifyingRegistrations verifying, PageImages images,
                              MessageSource messages) {
        this.view = view;
        this.verifying = verifying;
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/municipal/registrations/{id}")
    String registration(@PathVariable String id, Actor actor, Model model, Locale locale) throws IOException {
        return view.show(view.entry(id), null, "", actor, model, locale);
    }

    @GetMapping("/municipal/registrations/{id}/decree/{page}")
    ResponseEntity<byte[]> decreePage(@PathVariable String id, @PathVariable int page, Actor actor) throws IOException {
        var image = images.page(view.decree(view.entry(id), actor), page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    @PostMapping("/municipal/registrations/{id}/proposal")
    String propose(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        var entry = view.entry(id);
        return answer(entry.id(), verifying.propose(actor, entry.id(), UUID.randomUUID()), "municipal.registration.proposed",
                redirect, locale);
    }

    @PostMapping("/municipal/registrations/{id}/confirmation")
    String confirm(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        var entry = view.entry(id);
        return answer(entry.id(), verifying.confirm(actor, entry.id()), "municipal.registration.verified", redirect, locale);
    }

    @PostMapping("/municipal/registrations/{id}/refusal")
    String refuse(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        var entry = view.entry(id);
        var refused = verifying.refuse(actor, entry.id(), reason);
        if (refused == MunicipalError.REASON_REQUIRED || refused == MunicipalError.REASON_TOO_LONG) {
            return view.show(entry, messages.getMessage(refused.messageKey(), null, locale), reason, actor, model, locale);
        }
        return answer(entry.id(), refused, "municipal.registration.refused", redirect, locale);
    }

    private String answer(UUID id, @Nullable MunicipalError refused, String doneKey, RedirectAttributes redirect,
                          Locale locale) {
        if (refused == null) {
            redirect.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
            return "redirect:/municipal/registrations";
        }
        redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), null, locale));
        return "redirect:/municipal/registrations/" + id;
    }
}
