package org.nafitha.municipal.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.DocumentContent;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.documents.PageImages;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.RegistrationQueue;
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

    private static final String PURPOSE = "municipal registration verification";

    private final RegistrationQueue queue;
    private final VerifyingRegistrations verifying;
    private final Documents documents;
    private final PageImages images;
    private final Organisations organisations;
    private final MessageSource messages;
    private final StaffNames staffNames;

    RegistrationDecisionPages(RegistrationQueue queue, VerifyingRegistrations verifying, Documents documents,
                              PageImages images, Organisations organisations, MessageSource messages, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.queue = queue;
        this.verifying = verifying;
        this.documents = documents;
        this.images = images;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/municipal/registrations/{id}")
    String registration(@PathVariable String id, Actor actor, Model model, Locale locale) throws IOException {
        return show(entry(id), null, "", actor, model, locale);
    }

    @GetMapping("/municipal/registrations/{id}/decree/{page}")
    ResponseEntity<byte[]> decreePage(@PathVariable String id, @PathVariable int page, Actor actor) throws IOException {
        var image = images.page(decree(entry(id), actor), page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    @PostMapping("/municipal/registrations/{id}/proposal")
    String propose(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        var entry = entry(id);
        return answer(entry.id(), verifying.propose(actor, entry.id(), UUID.randomUUID()), "municipal.registration.proposed",
                redirect, locale);
    }

    @PostMapping("/municipal/registrations/{id}/confirmation")
    String confirm(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        var entry = entry(id);
        return answer(entry.id(), verifying.confirm(actor, entry.id()), "municipal.registration.verified", redirect, locale);
    }

    @PostMapping("/municipal/registrations/{id}/refusal")
    String refuse(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        var entry = entry(id);
        var refused = verifying.refuse(actor, entry.id(), reason);
        if (refused == MunicipalError.REASON_REQUIRED || refused == MunicipalError.REASON_TOO_LONG) {
            return show(entry, messages.getMessage(refused.messageKey(), null, locale), reason, actor, model, locale);
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

    private String show(RegistrationQueue.Entry entry, @Nullable String reasonError, String reason, Actor actor, Model model,
                        Locale locale) throws IOException {
        var decree = decree(entry, actor);
        model.addAttribute("r", entry);
        model.addAttribute("place", organisations.municipality(entry.municipality()).map(m -> m.name(locale)
                + organisations.districtName(m.district(), locale).map(d -> " — " + d).orElse("")).orElse(entry.municipality()));
        model.addAttribute("decreePages", Math.min(images.pageCount(decree), 10));
        model.addAttribute("decreeName", decree.document().filename());
        model.addAttribute("myName", actor.username());
        model.addAttribute("proposerName", entry.proposedBy() == null ? null
                : staffNames.of(List.of(entry.proposedBy()), locale).getOrDefault(entry.proposedBy(), entry.proposedBy()));
        model.addAttribute("reasonError", reasonError);
        model.addAttribute("reason", reason);
        return "municipal/registration";
    }

    /** The decree's bytes, the read recorded with who and why. */
    private DocumentContent decree(RegistrationQueue.Entry entry, Actor actor) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return documents.read(entry.decree(), new DocumentRead(actor.username(), actor.primaryRole().name(), null,
                PURPOSE + " " + entry.id(), null)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private RegistrationQueue.Entry entry(String id) {
        var uuid = RegistrationQueuePages.ids(List.of(id));
        if (uuid.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return queue.find(uuid.getFirst()).filter(e -> !"PHONE_UNPROVEN".equals(e.status()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
