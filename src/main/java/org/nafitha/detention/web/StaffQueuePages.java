package org.nafitha.detention.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.DetentionProperties;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.internal.DecidingRequests;
import org.nafitha.detention.internal.DetaineeContacts;
import org.nafitha.detention.internal.Detainees;
import org.nafitha.detention.internal.DetentionRequest;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.EditingVisitRules;
import org.nafitha.detention.internal.Facilities;
import org.nafitha.detention.internal.Looks;
import org.nafitha.detention.internal.ManagingContacts;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * Prison staff's work queues for their own facility (their department): contacts to approve, each
 * request type's open requests with approve/refuse and a reason (a video visit is approved with its start
 * time; a time refused is shown beside its field with what was typed), and the day's visits to print,
 * with the day's video visits and their calls.
 */
@Controller
class StaffQueuePages {

    private final DetentionRequests requests;
    private final DecidingRequests deciding;
    private final DetaineeContacts contacts;
    private final ManagingContacts managing;
    private final Detainees detainees;
    private final Facilities facilities;
    private final Calendars calendars;
    private final Clock clock;
    private final EditingVisitRules rules;
    private final Looks looks;
    private final DetentionProperties.VideoVisitHours hours;
    private final MessageSource messages;

    StaffQueuePages(DetentionRequests requests, DecidingRequests deciding, DetaineeContacts contacts,
                    ManagingContacts managing, Detainees detainees, Facilities facilities, Calendars calendars,
                    Clock clock, EditingVisitRules rules, Looks looks, DetentionProperties properties,
                    MessageSource messages) {
        this.hours = properties.videoVisit();
        this.messages = messages;
        this.rules = rules;
        this.looks = looks;
        this.requests = requests;
        this.deciding = deciding;
        this.contacts = contacts;
        this.managing = managing;
        this.detainees = detainees;
        this.facilities = facilities;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/staff/detention")
    String queues(Actor actor, Model model, Locale locale) {
        var facility = String.valueOf(actor.department());
        var queues = new LinkedHashMap<RequestType, List<DetentionRequest>>();
        for (var type : RequestType.values()) queues.put(type, requests.open(facility, type));
        model.addAttribute("facility", facilities.find(facility).orElse(null));
        model.addAttribute("queues", queues);
        model.addAttribute("contacts", contacts.proposedIn(facility));
        model.addAttribute("detainees", detainees.inFacility(facility));
        model.addAttribute("names", names(facility));
        model.addAttribute("today", calendars.today(clock));
        model.addAttribute("timeHint", messages.getMessage("detention.staff.startTimeHint", new Object[] {
                clock(hours.opens(), locale), clock(hours.closes(), locale), calendars.digits(hours.minutes() + "", locale)}, locale));
        if (!model.containsAttribute("timeErrors")) model.addAttribute("timeErrors", Map.of());
        if (!model.containsAttribute("typed")) model.addAttribute("typed", Map.of());
        return "detention/staff-queues";
    }

    @PostMapping("/staff/detention/requests/{reference}")
    String decide(@PathVariable String reference, @RequestParam String decision, @RequestParam(required = false)
                  @Nullable String reason, @RequestParam(required = false) @Nullable String time, Actor actor,
                  Model model, Locale locale, RedirectAttributes redirect) {
        var approve = "approve".equals(decision);
        DetentionError refused;
        try {
            var start = approve ? StartTime.read(time) : null;
            refused = deciding.decide(actor, reference, approve, reason, start).orElse(null);
        } catch (DateTimeException unreadable) {
            refused = DetentionError.TIME_UNREADABLE;
        }
        if (refused == null) {
            redirect.addFlashAttribute("done", reference);
        } else if (timeField(refused)) {
            // the officer sees the refusal beside the time, with the time and reason as typed
            model.addAttribute("timeErrors", Map.of(reference, timeMessage(refused, locale)));
            model.addAttribute("typed", Map.of("time-" + reference, String.valueOf(time), "reason-" + reference,
                    reason == null ? "" : reason));
            return queues(actor, model, locale);
        } else {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/staff/detention";
    }

    private static boolean timeField(DetentionError e) {
        return e == DetentionError.TIME_REQUIRED || e == DetentionError.TIME_UNREADABLE || e == DetentionError.TIME_PASSED
                || e == DetentionError.OUTSIDE_VISITING_HOURS;
    }

    private String timeMessage(DetentionError e, Locale locale) {
        return messages.getMessage(e.messageKey(), new Object[] {clock(hours.opens(), locale), clock(hours.closes(), locale)},
                locale);
    }

    private String clock(LocalTime time, Locale locale) {
        return calendars.digits(time.toString(), locale);
    }

    /** The supporting document of a request at the staff's own facility, as a download; opening it is a look. */
    @GetMapping("/staff/detention/requests/{reference}/document")
    ResponseEntity<byte[]> document(@PathVariable String reference, Actor actor) {
        var request = requests.find(reference).filter(r -> r.facility().equals(actor.department()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var bytes = requests.document(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        looks.byStaff(actor, detainees.find(request.detainee()).orElseThrow(), "document");
        var name = String.valueOf(request.documentName()).toLowerCase(Locale.ROOT);
        var type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : name.endsWith(".png") ? MediaType.IMAGE_PNG
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? MediaType.IMAGE_JPEG : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(reference + "-" + name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @PostMapping("/staff/detention/contacts/{id}")
    String contact(@PathVariable UUID id, @RequestParam String decision, Actor actor, RedirectAttributes redirect) {
        ("approve".equals(decision) ? managing.approve(actor, id) : managing.withdraw(actor, id))
                .ifPresent(e -> redirect.addFlashAttribute("problem", e.messageKey()));
        return "redirect:/staff/detention";
    }

    @GetMapping("/staff/detention/visits")
    String visits(@RequestParam(required = false) @Nullable String day, Actor actor, Model model) {
        var facility = String.valueOf(actor.department());
        var on = calendars.today(clock);
        try {
            if (day != null && !day.isBlank()) on = LocalDate.parse(ArabicDigits.toLatin(day.strip()));
        } catch (DateTimeException unreadable) {
            model.addAttribute("problem", "detention.staff.badDay");
        }
        model.addAttribute("facility", facilities.find(facility).orElse(null));
        model.addAttribute("day", on);
        model.addAttribute("visits", requests.visitsOn(facility, on));
        model.addAttribute("videoVisits", requests.videoVisitsOn(facility, on));
        // security watches a visit live; officers host it
        model.addAttribute("watcher", actor.has(Role.PRISON_SECURITY) && !actor.has(Role.PRISON_OFFICER));
        model.addAttribute("names", names(facility));
        return "detention/staff-visits";
    }

    @PostMapping("/staff/detention/blackouts")
    String blackout(@RequestParam String day, @RequestParam String reason, Actor actor, RedirectAttributes redirect) {
        try {
            var on = LocalDate.parse(ArabicDigits.toLatin(day.strip()));
            if (reason.isBlank()) throw new DateTimeException("a closure says why");
            rules.closeDay(actor, on, reason.strip());
        } catch (DateTimeException unreadable) {
            redirect.addFlashAttribute("problem", "detention.staff.blackoutRefused");
        }
        return "redirect:/staff/detention";
    }

    private Map<UUID, String> names(String facility) {
        var map = new LinkedHashMap<UUID, String>();
        detainees.inFacility(facility).forEach(d -> map.put(d.id(), d.nameAr() + " (" + d.fileNumber() + ")"));
        return map;
    }
}
