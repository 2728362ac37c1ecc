package org.nafitha.municipal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewComplaint;
import org.nafitha.municipal.internal.ComplaintCategories;
import org.nafitha.municipal.internal.Complaints;
import org.nafitha.municipal.internal.FilingComplaints;
import org.nafitha.municipal.internal.MunicipalStaff;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Complaints on the web: a form for whoever may file one (a citizen, a call-centre agent, a
 * municipality's staff or the operations room), the complaint's page (what was filed, where it was
 * routed, by when, what was done; closing and routing again for those who may), and the list of the
 * complaints one may see, late ones first.
 */
@Controller
class ComplaintPages {

    private static final int FIELD_MAX = 4000;

    private final FilingComplaints filing;
    private final Complaints complaints;
    private final ComplaintCategories categories;
    private final Organisations organisations;
    private final MunicipalStaff staff;
    private final Documents documents;
    private final MessageSource messages;
    private final Clock clock;

    ComplaintPages(FilingComplaints filing, Complaints complaints, ComplaintCategories categories, Organisations organisations,
                   MunicipalStaff staff, Documents documents, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.filing = filing;
        this.complaints = complaints;
        this.categories = categories;
        this.organisations = organisations;
        this.staff = staff;
        this.documents = documents;
        this.messages = messages;
    }

    /**
     * The empty form; an agent may come from a written conversation or a call with some of it
     * filled in ({@code channel}, {@code contactName}, {@code description}).
     */
    @GetMapping("/municipal/complaints/new")
    String form(@RequestParam Map<String, String> prefill, Actor actor, Model model, Locale locale) {
        var typed = new LinkedHashMap<String, String>();
        if (actor.has(Role.AGENT) || actor.has(Role.OPERATIONS_ROOM)) {
            for (var name : List.of("channel", "contactName", "contactMobile", "description")) {
                var value = prefill.get(name);
                if (value != null) typed.put(name, value.length() > FIELD_MAX ? value.substring(0, FIELD_MAX) : value);
            }
        }
        staff.municipalityOf(actor).ifPresent(m -> typed.put("municipality", m));
        return form(actor, typed, Map.of(), UUID.randomUUID().toString(), model, locale);
    }

    @PostMapping("/municipal/complaints")
    String file(@RequestParam Map<String, String> params, @RequestParam(name = "attachments", required = false)
                @Nullable List<MultipartFile> files, Actor actor, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        var typed = new LinkedHashMap<String, String>();
        for (var name : List.of("category", "municipality", "description", "latitude", "longitude", "contactName",
                "contactMobile", "channel")) {
            typed.put(name, params.getOrDefault(name, ""));
        }
        var key = params.getOrDefault("key", "");
        if (key.isBlank() || key.length() > 100) key = UUID.randomUUID().toString();
        var attachments = new ArrayList<NewComplaint.Attachment>();
        for (var f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) attachments.add(new NewComplaint.Attachment(
                    f.getOriginalFilename() == null ? "attachment" : f.getOriginalFilename(), f.getBytes()));
        }
        var outcome = filing.file(actor, new NewComplaint(typed.get("category"), typed.get("municipality"),
                typed.get("description"), typed.get("latitude"), typed.get("longitude"), typed.get("contactName"),
                typed.get("contactMobile"), typed.get("channel"), attachments), key);
        return switch (outcome) {
            case FilingComplaints.Filed f -> {
                redirect.addFlashAttribute("filed", f.reference());
                yield "redirect:/municipal/complaints/" + f.reference();
            }
            case FilingComplaints.Refused r -> {
                var errors = new LinkedHashMap<String, String>();
                for (FieldProblem p : r.problems()) {
                    errors.putIfAbsent(p.field() == null ? "form" : p.field(), message(p.error(), locale));
                }
                if (!attachments.isEmpty()) errors.putIfAbsent("attachments", message("municipal.complaint.chooseAgain", locale));
                yield form(actor, typed, errors, key, model, locale);
            }
        };
    }

    @GetMapping("/municipal/complaints")
    String list(@RequestParam(required = false) @Nullable String municipality, @RequestParam(required = false) @Nullable String category,
                @RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "false") boolean late,
                Actor actor, Model model, Locale locale) {
        var filter = new Complaints.Filter(blankToNull(municipality), blankToNull(category), blankToNull(status), late);
        model.addAttribute("complaints", complaints.list(actor, filter, 0, 200));
        model.addAttribute("total", complaints.count(actor, filter));
        model.addAttribute("filter", filter);
        names(model, locale);
        model.addAttribute("now", clock.instant());
        return "municipal/complaints";
    }

    @GetMapping("/municipal/complaints/{reference}")
    String one(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var c = complaints.read(actor, reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("c", c);
        model.addAttribute("now", clock.instant());
        model.addAttribute("mayClose", c.open() && complaints.mayClose(actor, c));
        model.addAttribute("mayRoute", c.open() && actor.has(Role.OPERATIONS_ROOM));
        names(model, locale);
        return "municipal/complaint";
    }

    @PostMapping("/municipal/complaints/{reference}/close")
    String close(@PathVariable String reference, @RequestParam(defaultValue = "") String resolution, Actor actor,
                 RedirectAttributes redirect) {
        var error = complaints.close(actor, reference, resolution);
        return after(reference, error, "municipal.complaint.closed", redirect);
    }

    @PostMapping("/municipal/complaints/{reference}/route")
    String route(@PathVariable String reference, @RequestParam(defaultValue = "") String category,
                 @RequestParam(defaultValue = "") String municipality, Actor actor, RedirectAttributes redirect) {
        var error = complaints.route(actor, reference, category, municipality);
        return after(reference, error, "municipal.complaint.routed", redirect);
    }

    @GetMapping("/municipal/complaints/{reference}/attachments/{document}")
    ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable UUID document, Actor actor) {
        var c = complaints.read(actor, reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var attached = c.attachments().stream().filter(a -> a.document().equals(document)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var content = documents.read(document, new DocumentRead(actor.username(), actor.primaryRole().name(), null,
                "municipal complaint " + c.reference(), null)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(attached.name(),
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    /** Back to the complaint's page with what happened; the page reads (and audits) it once, there. */
    private String after(String reference, @Nullable MunicipalError error, String done, RedirectAttributes redirect) {
        if (error == MunicipalError.NOT_FOUND) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (error == null) redirect.addFlashAttribute("done", done);
        else redirect.addFlashAttribute("problem", error.messageKey());
        redirect.addAttribute("reference", reference);
        return "redirect:/municipal/complaints/{reference}";
    }

    private String form(Actor actor, Map<String, String> typed, Map<String, String> errors, String key, Model model, Locale locale) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("key", key);
        model.addAttribute("agent", actor.has(Role.AGENT));
        model.addAttribute("forCaller", actor.has(Role.AGENT) || actor.has(Role.OPERATIONS_ROOM));
        var own = staff.municipalityOf(actor);
        model.addAttribute("ownMunicipality", own.orElse(null));
        names(model, locale);
        return "municipal/complaint-new";
    }

    /** Category and municipality names in the page's language, and the municipalities grouped by district. */
    private void names(Model model, Locale locale) {
        var categoryNames = new LinkedHashMap<String, String>();
        categories.all().forEach(c -> categoryNames.put(c.code(), c.name(locale)));
        model.addAttribute("categoryNames", categoryNames);
        var places = new LinkedHashMap<String, String>();
        var districts = new LinkedHashMap<String, Map<String, String>>();
        for (var m : organisations.municipalities()) {
            places.put(m.code(), m.name(locale));
            districts.computeIfAbsent(organisations.districtName(m.district(), locale).orElse(m.district()),
                    d -> new LinkedHashMap<>()).put(m.code(), m.name(locale));
        }
        model.addAttribute("places", places);
        model.addAttribute("districts", districts);
    }

    private String message(MunicipalError error, Locale locale) {
        return message(error.messageKey(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
