package org.nafitha.portal.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.CurrentActor;
import org.nafitha.portal.DateEntry;
import org.nafitha.portal.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The living style page: every component of the design system, rendered by the same fragments the
 * pages use, each with its Thymeleaf usage. Open in the demo; otherwise for staff only. The date
 * input on it really reads Hijri and Gregorian dates, and the error example really links to its field.
 */
@Controller
class DesignController {

    /** A timeline step as the timeline component reads it. */
    record Step(Instant at, String action, String status, String actorRole, @Nullable String reasonCode,
                @Nullable String note) {
    }

    /** A row of a check-your-answers list. */
    record Row(String label, String value) {
    }

    private final PortalProperties properties;
    private final Environment environment;
    private final CurrentActor current;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final Calendars calendars;

    DesignController(PortalProperties properties, Environment environment, CurrentActor current, Catalogue catalogue,
                     MessageSource messages, Calendars calendars) {
        this.properties = properties;
        this.environment = environment;
        this.current = current;
        this.catalogue = catalogue;
        this.messages = messages;
        this.calendars = calendars;
    }

    @GetMapping("/design")
    String design(@RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "components") String tab,
                  Model model, Locale locale) {
        var open = properties.designPage() || environment.matchesProfiles("demo")
                || current.get().map(a -> a.isStaff()).orElse(false);
        if (!open) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", Map.of("components", text("portal.design.tabs.components", locale),
                "forms", text("portal.design.tabs.forms", locale)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        model.addAttribute("card", catalogue.find("passport-renewal").orElseThrow());
        model.addAttribute("stepLabels", List.of(text("portal.design.example.step1", locale), text("portal.design.example.step2", locale),
                text("portal.design.example.step3", locale), text("portal.design.example.step4", locale)));
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("timeline", List.of(
                new Step(now.minus(3, ChronoUnit.DAYS), "submit", "SUBMITTED", "APPLICANT", null, null),
                new Step(now.minus(1, ChronoUnit.DAYS), "approve", "PENDING_REVIEW", "OFFICER", null, null),
                new Step(now, "confirm", "APPROVED", "REVIEWER", null, null)));
        model.addAttribute("rows", List.of(new Row(text("portal.design.example.name", locale), text("portal.design.example.nameValue", locale)),
                new Row(text("portal.design.example.mobile", locale), "+966501234567")));
        model.addAttribute("offices", Map.of("riyadh", text("portal.design.example.officeRiyadh", locale),
                "jeddah", text("portal.design.example.officeJeddah", locale)));
        model.addAttribute("sampleErrors", Map.of("full-name", text("portal.design.example.nameError", locale)));
        model.addAttribute("tableRows", List.of(List.of("PSP-2026-000101-4", "SUBMITTED"), List.of("NID-2026-000017-2", "APPROVED"),
                List.of("RES-2026-000033-9", "INFO_REQUESTED")));
        var typed = DateEntry.read(parameters, "birth");
        model.addAttribute("birth", parameters.containsKey("birth-year") ? typed.typed() : null);
        if (parameters.containsKey("birth-year")) {
            switch (typed) {
                case DateEntry.Read read -> model.addAttribute("birthRead", calendars.date(read.date(), locale));
                case DateEntry.Refused refused -> model.addAttribute("birthError", text(refused.problem().messageKey(), locale));
            }
        }
        return "portal/design";
    }

    /** The upload example: says what arrived, so the progress bar has something real to show. */
    @PostMapping("/design/upload")
    String upload(@RequestParam(name = "photo", required = false) org.springframework.web.multipart.@Nullable MultipartFile photo,
                  Model model, Locale locale) {
        if (photo != null && !photo.isEmpty()) {
            model.addAttribute("uploaded", photo.getOriginalFilename());
            model.addAttribute("uploadedSize", calendars.digits(Math.max(1, photo.getSize() / 1024) + "", locale));
        }
        return design(Map.of(), "forms", model, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
