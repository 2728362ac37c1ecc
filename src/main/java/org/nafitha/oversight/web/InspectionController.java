package org.nafitha.oversight.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.CountryProperties;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The inspectors' desk: search the log, replay a case ({@link InspectionAlertsController}: work the alerts,
 * read the questions people asked about looks at their file). Every look here is itself logged; anyone else
 * finds nothing ({@link InspectorsOnly}).
 */
@Controller
@RequestMapping("/inspection")
class InspectionController {

    private final AuditTrail audit;
    private final CountryProperties country;

    InspectionController(AuditTrail audit, CountryProperties country) {
        this.audit = audit;
        this.country = country;
    }

    record SearchForm(@Nullable String subject, @Nullable String caseReference, @Nullable String actor,
                      @Nullable String action, @Nullable String from, @Nullable String to) {

        Map<String, String> values() {
            var values = new HashMap<String, String>();
            values.put("subject", subject == null ? "" : subject);
            values.put("caseReference", caseReference == null ? "" : caseReference);
            values.put("actor", actor == null ? "" : actor);
            values.put("action", action == null ? "" : action);
            values.put("from", from == null ? "" : from);
            values.put("to", to == null ? "" : to);
            return values;
        }

        boolean isEmpty() {
            return values().values().stream().allMatch(String::isBlank);
        }
    }

    @GetMapping
    String search(SearchForm form, Actor actor, Model model) {
        model.addAttribute("values", form.values());
        if (form.isEmpty()) return "oversight/search";
        LocalDate from;
        LocalDate to;
        try {
            from = blank(form.from()) ? null : LocalDate.parse(ArabicDigits.toLatin(form.from().strip()));
            to = blank(form.to()) ? null : LocalDate.parse(ArabicDigits.toLatin(form.to().strip()));
        } catch (DateTimeParseException e) {
            model.addAttribute("dateError", true);
            return "oversight/search";
        }
        var criteria = new AuditTrail.Search(latin(form.subject()), latin(form.caseReference()), form.actor(), form.action(),
                from == null ? null : from.atStartOfDay(country.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(country.zone()).toInstant());
        audit.recordAlone(new AuditEntry(actor.username(), Role.INSPECTOR.name(), "oversight.search",
                latin(form.subject()), latin(form.caseReference()), describe(form), actor.department()));
        model.addAttribute("entries", audit.search(criteria, 500));
        return "oversight/search";
    }

    @GetMapping("/cases/{reference}")
    String replay(@PathVariable String reference, Actor actor, Model model) {
        var entries = audit.forCase(reference);
        if (entries.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        audit.recordAlone(new AuditEntry(actor.username(), Role.INSPECTOR.name(), "oversight.case-replay",
                entries.getFirst().subject(), reference, null, actor.department()));
        model.addAttribute("reference", reference);
        model.addAttribute("entries", entries);
        return "oversight/replay";
    }

    private static String describe(SearchForm form) {
        var parts = new ArrayList<String>();
        if (!blank(form.actor())) parts.add("staff=" + form.actor());
        if (!blank(form.action())) parts.add("action=" + form.action());
        if (!blank(form.from())) parts.add("from=" + form.from());
        if (!blank(form.to())) parts.add("to=" + form.to());
        return parts.isEmpty() ? "search" : String.join(" ", parts);
    }

    private static @Nullable String latin(@Nullable String s) {
        return blank(s) ? null : ArabicDigits.toLatin(s.strip());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
