package org.nafitha.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.internal.CompanyRepresentatives;
import org.nafitha.identity.internal.Sponsorships;
import org.nafitha.identity.internal.ImpliedMandates;
import org.nafitha.identity.internal.JdbcMandates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "my mandates" page for one person: the mandates given and held with their services named, whom
 * they may act for, and their companies' representatives; a form's errors and values, when it has any.
 */
@Component
class MandatesPage {

    private final JdbcMandates mandates;
    private final Catalogue catalogue;
    private final Sponsorships sponsorships;
    private final CompanyRepresentatives representatives;
    private final ImpliedMandates implied;

    MandatesPage(JdbcMandates mandates, Catalogue catalogue, Sponsorships sponsorships,
                 CompanyRepresentatives representatives, ImpliedMandates implied) {
        this.mandates = mandates;
        this.catalogue = catalogue;
        this.sponsorships = sponsorships;
        this.representatives = representatives;
        this.implied = implied;
    }

    String render(String id, Model model, Locale locale) {
        var names = catalogue.names(locale);
        var given = mandates.given(id);
        var received = mandates.received(id);
        var scopes = new HashMap<UUID, String>();
        Stream.concat(given.stream(), received.stream()).forEach(m -> scopes.put(m.id(),
                String.join("، ", m.scope().stream().map(code -> names.getOrDefault(code, code)).toList())));
        model.addAttribute("given", given);
        model.addAttribute("received", received);
        model.addAttribute("scopes", scopes);
        model.addAttribute("services", names);
        model.addAttribute("sponsored", sponsorships.sponsored(id));
        model.addAttribute("companies", representatives.ownedBy(id));
        model.addAttribute("representatives", representatives.ofCompaniesOwnedBy(id));
        model.addAttribute("implied", implied.of(id).stream().filter(r -> !r.ended()).toList());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        if (!model.containsAttribute("values")) model.addAttribute("values", Map.of());
        if (!model.containsAttribute("chosen")) model.addAttribute("chosen", List.of());
        return "identity/mandates";
    }
}
