package org.nafitha.municipal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.StaffNames;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.RegistrationQueue;
import org.nafitha.municipal.internal.VerificationBatches;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Municipal affairs' queue of registrations waiting for a decision: filtered by municipality or
 * district, role and date, oldest first, a page at a time. Several are ticked and proposed verified
 * together; a second, different person confirms them — ticked, or the whole batch at once.
 */
@Controller
class RegistrationQueuePages {

    static final int PAGE_SIZE = 20;

    private final RegistrationQueue queue;
    private final VerificationBatches batches;
    private final Organisations organisations;
    private final Calendars calendars;
    private final MessageSource messages;
    private final StaffNames staffNames;

    RegistrationQueuePages(RegistrationQueue queue, VerificationBatches batches, Organisations organisations,
                           Calendars calendars, MessageSource messages, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.queue = queue;
        this.batches = batches;
        this.organisations = organisations;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/municipal/registrations")
    String list(@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String role,
                @RequestParam(defaultValue = "") String since, @RequestParam(defaultValue = "1") int page,
                Actor actor, Model model, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        var places = places(place, errors, locale);
        if (!role.isEmpty() && !List.of("MUNICIPAL_STAFF", "MUKHTAR").contains(role)) {
            errors.put("role", message(MunicipalError.ROLE_INVALID, locale));
        }
        var from = since(since, errors, locale);
        var filter = new RegistrationQueue.Filter(places, role.isEmpty() || errors.containsKey("role") ? null : role,
                from == null ? null : from.atStartOfDay(calendars.zone()).toInstant());
        var shown = Math.max(1, page);
        var found = queue.waiting(filter, shown, PAGE_SIZE);
        model.addAttribute("entries", found.entries());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("path", new Back(place, role, since, null).uri());
        model.addAttribute("filter", Map.of("place", place, "role", role, "since", since));
        model.addAttribute("errors", errors);
        model.addAttribute("districts", organisations.districts(locale));
        var open = queue.openBatches();
        model.addAttribute("batches", open);
        var proposers = new HashSet<String>();
        found.entries().forEach(e -> {
            if (e.proposedBy() != null) proposers.add(e.proposedBy());
        });
        open.forEach(b -> proposers.add(b.proposedBy()));
        model.addAttribute("staffNames", staffNames.of(proposers, locale));
        model.addAttribute("names", names(locale));
        model.addAttribute("myName", actor.username());
        return "municipal/registrations";
    }

    @PostMapping("/municipal/registrations/proposals")
    String propose(@RequestParam(defaultValue = "") List<String> ids, Back back, Actor actor, RedirectAttributes redirect,
                   Locale locale) {
        var chosen = ids(ids);
        if (chosen.isEmpty()) return nothingChosen(back, redirect, locale);
        report(batches.propose(actor, chosen), "municipal.registrations.proposed", redirect, locale);
        return back.redirect();
    }

    @PostMapping("/municipal/registrations/confirmations")
    String confirm(@RequestParam(defaultValue = "") List<String> ids, Back back, Actor actor, RedirectAttributes redirect,
                   Locale locale) {
        var chosen = ids(ids);
        if (chosen.isEmpty()) return nothingChosen(back, redirect, locale);
        report(batches.confirm(actor, chosen), "municipal.registrations.verified", redirect, locale);
        return back.redirect();
    }

    @PostMapping("/municipal/registrations/batches/{batch}/confirmation")
    String confirmBatch(@PathVariable String batch, Back back, Actor actor, RedirectAttributes redirect, Locale locale) {
        var id = ids(List.of(batch));
        if (id.isEmpty()) return nothingChosen(back, redirect, locale);
        report(batches.confirmBatch(actor, id.getFirst()), "municipal.registrations.verified", redirect, locale);
        return back.redirect();
    }

    /** The queue's filter and page the person acted from, sent back with the form, to return to it. */
    record Back(@Nullable String place, @Nullable String role, @Nullable String since, @Nullable Integer page) {
        String redirect() {
            return "redirect:" + uri();
        }

        /** The queue's address with this filter and page, encoded. */
        String uri() {
            return UriComponentsBuilder.fromPath("/municipal/registrations")
                    .queryParamIfPresent("place", Optional.ofNullable(place).filter(p -> !p.isBlank()))
                    .queryParamIfPresent("role", Optional.ofNullable(role).filter(r -> !r.isBlank()))
                    .queryParamIfPresent("since", Optional.ofNullable(since).filter(d -> !d.isBlank()))
                    .queryParamIfPresent("page", Optional.ofNullable(page).filter(n -> n > 1))
                    .encode().build().toUriString();
        }
    }

    private void report(VerificationBatches.Outcome outcome, String doneKey, RedirectAttributes redirect, Locale locale) {
        if (outcome.done() > 0) {
            redirect.addFlashAttribute("done", messages.getMessage(doneKey,
                    new Object[]{calendars.digits(String.valueOf(outcome.done()), locale)}, locale));
        }
        var names = queue.names(outcome.refused().keySet());
        redirect.addFlashAttribute("problems", outcome.refused().entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), "") + ": " + message(e.getValue(), locale))
                .map(String::strip).toList());
    }

    private String nothingChosen(Back back, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("problems", List.of(message(MunicipalError.NOTHING_CHOSEN, locale)));
        return back.redirect();
    }

    /** "" for all, a municipality's code, or "district:" and a district's code. */
    private @Nullable List<String> places(String place, Map<String, String> errors, Locale locale) {
        if (place.isEmpty()) return null;
        if (place.startsWith("district:")) {
            var district = organisations.districts(locale).stream()
                    .filter(d -> d.code().equals(place.substring("district:".length()))).findFirst();
            if (district.isPresent()) {
                return district.get().municipalities().stream().map(Organisations.Municipality::code).toList();
            }
        } else if (organisations.municipality(place).isPresent()) {
            return List.of(place);
        }
        errors.put("place", message(MunicipalError.MUNICIPALITY_UNKNOWN, locale));
        return null;
    }

    private @Nullable LocalDate since(String since, Map<String, String> errors, Locale locale) {
        if (since.isBlank()) return null;
        try {
            return LocalDate.parse(ArabicDigits.toLatin(since.strip()));
        } catch (DateTimeParseException notADate) {
            errors.put("since", messages.getMessage("municipal.registrations.since.invalid", null, locale));
            return null;
        }
    }

    private Map<String, String> names(Locale locale) {
        return organisations.municipalities().stream()
                .collect(Collectors.toMap(Organisations.Municipality::code, m -> m.name(locale)));
    }

    private String message(MunicipalError error, Locale locale) {
        return messages.getMessage(error.messageKey(), null, locale);
    }

    static List<UUID> ids(List<String> ids) {
        return ids.stream().map(String::strip).filter(s -> s.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"))
                .map(UUID::fromString).toList();
    }
}
