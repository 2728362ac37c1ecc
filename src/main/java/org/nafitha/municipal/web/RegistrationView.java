package org.nafitha.municipal.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.DocumentContent;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.documents.PageImages;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.RegistrationQueue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * One registration as municipal affairs see it: found by the id in the URL (not found while its
 * mobile is unproven), its decree read with who and why, and the page beside it.
 */
@Component
class RegistrationView {

    private static final String PURPOSE = "municipal registration verification";

    private final RegistrationQueue queue;
    private final Documents documents;
    private final PageImages images;
    private final Organisations organisations;
    private final StaffNames staffNames;

    RegistrationView(RegistrationQueue queue, Documents documents, PageImages images, Organisations organisations,
                     StaffNames staffNames) {
        this.queue = queue;
        this.documents = documents;
        this.images = images;
        this.organisations = organisations;
        this.staffNames = staffNames;
    }

    String show(RegistrationQueue.Entry entry, @Nullable String reasonError, String reason, Actor actor, Model model,
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
    DocumentContent decree(RegistrationQueue.Entry entry, Actor actor) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return documents.read(entry.decree(), new DocumentRead(actor.username(), actor.primaryRole().name(), null,
                PURPOSE + " " + entry.id(), null)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    RegistrationQueue.Entry entry(String id) {
        var uuid = RegistrationQueuePages.ids(List.of(id));
        if (uuid.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return queue.find(uuid.getFirst()).filter(e -> !"PHONE_UNPROVEN".equals(e.status()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
