package org.nafitha.identity.internal;

import java.util.UUID;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My mandates": the ones I (or my company) gave, which I can revoke at once, and the ones I hold. */
@Controller
class MandatesController {

    private final JdbcMandates mandates;
    private final AuditTrail audit;
    private final Catalogue catalogue;

    MandatesController(JdbcMandates mandates, AuditTrail audit, Catalogue catalogue) {
        this.mandates = mandates;
        this.audit = audit;
        this.catalogue = catalogue;
    }

    @GetMapping("/mandates")
    String mine(Actor actor, Model model, java.util.Locale locale) {
        var id = nationalId(actor);
        var names = catalogue.names(locale);
        var given = mandates.given(id);
        var received = mandates.received(id);
        var scopes = new java.util.HashMap<UUID, String>();
        java.util.stream.Stream.concat(given.stream(), received.stream()).forEach(m -> scopes.put(m.id(),
                String.join("، ", m.scope().stream().map(code -> names.getOrDefault(code, code)).toList())));
        model.addAttribute("given", given);
        model.addAttribute("received", received);
        model.addAttribute("scopes", scopes);
        return "identity/mandates";
    }

    @PostMapping("/mandates/{id}/revoke")
    @Transactional
    String revoke(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        var by = nationalId(actor);
        var mandate = mandates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mandates.revoke(id, by)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        audit.record(new AuditEntry(actor.username(), "APPLICANT", "identity.mandate.revoke", mandate.principal(), null,
                "mandate " + id + " of " + mandate.delegate()));
        redirect.addFlashAttribute("banner", "identity.mandates.revoked");
        return "redirect:/mandates";
    }

    private static String nationalId(Actor actor) {
        if (actor.nationalId() == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return actor.nationalId();
    }
}
