package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.UUID;

import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalId;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The one-page brief before a meeting: who asks and why, their needs, their earlier requests, the case cited. */
@Controller
class MeetingBriefController {

    private final Officials officials;
    private final MeetingRequests requests;
    private final AccessibilityNeeds needs;
    private final CivilRegister register;
    private final CaseOverviews cases;
    private final Catalogue catalogue;
    private final Calendars calendars;

    MeetingBriefController(Officials officials, MeetingRequests requests, AccessibilityNeeds needs,
                           CivilRegister register, CaseOverviews cases, Catalogue catalogue, Calendars calendars) {
        this.officials = officials;
        this.requests = requests;
        this.needs = needs;
        this.register = register;
        this.cases = cases;
        this.catalogue = catalogue;
        this.calendars = calendars;
    }

    @GetMapping("/staff/officials/requests/{id}/brief")
    String brief(@PathVariable UUID id, Actor actor, Model model, Locale locale) {
        var r = TriageController.load(requests, id, actor);
        requests.recordRead(actor, r, "official.request.brief");
        model.addAttribute("r", r);
        model.addAttribute("official", officials.find(r.officialId()).orElseThrow());
        var record = register.find(new NationalId(r.person()));
        model.addAttribute("personName", record.map(c -> "ar".equals(locale.getLanguage()) ? c.fullNameAr() : c.fullNameEn())
                .orElse(r.person()));
        model.addAttribute("needs", needs.of(r.person()));
        model.addAttribute("earlier", requests.earlierOf(r));
        model.addAttribute("officials", OfficialSessionsController.byId(officials));
        model.addAttribute("calendars", calendars);
        if (r.sessionId() != null) {
            officials.session(r.sessionId()).ifPresent(s -> model.addAttribute("slotWhen", calendars.dateTime(s.startsAt(), locale)));
        }
        if (r.caseReference() != null) {
            CaseReference.parse(r.caseReference()).flatMap(cases::overview).ifPresent(c -> {
                model.addAttribute("caseFile", c);
                model.addAttribute("serviceName", catalogue.names(locale).getOrDefault(c.serviceCode(), c.serviceCode()));
            });
        }
        return "appointments/officials/brief";
    }
}
