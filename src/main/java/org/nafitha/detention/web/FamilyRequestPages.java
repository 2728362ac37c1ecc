package org.nafitha.detention.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.nafitha.detention.internal.Disclosing;
import org.nafitha.detention.internal.Followed;
import org.nafitha.detention.internal.SubmittingRequests;
import org.nafitha.identity.Actor;
import org.nafitha.portal.DateEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A family's request about a detainee they follow ({@link FamilyPages}), as a plain form: the form of
 * its type, then submitted, or shown again with each error beside its field.
 */
@Controller
class FamilyRequestPages {

    private final FamilyAccess access;
    private final Disclosing disclosing;
    private final SubmittingRequests submitting;
    private final MessageSource messages;

    FamilyRequestPages(FamilyAccess access, Disclosing disclosing, SubmittingRequests submitting, MessageSource messages) {
        this.access = access;
        this.disclosing = disclosing;
        this.submitting = submitting;
        this.messages = messages;
    }

    @GetMapping("/detainees/{id}/requests/new")
    String form(@PathVariable String id, @RequestParam RequestType type, Actor actor, Model model, Locale locale) {
        var person = actor.nationalId();
        model.addAttribute("interpreter", type == RequestType.VIDEO_VISIT && person != null && submitting.signs(person));
        return page(access.followed(id, actor), type, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/detainees/{id}/requests")
    String submit(@PathVariable String id, @RequestParam RequestType type, @RequestParam Map<String, String> typed,
                  @RequestParam(required = false) @Nullable MultipartFile document, Actor actor, Model model,
                  Locale locale) throws IOException {
        var f = access.followed(id, actor);
        var read = new RequestForm(type, typed, document).read(messages, locale);
        if (!read.errors().isEmpty()) return page(f, type, typed, read.errors(), model, locale);
        var key = typed.getOrDefault("key", UUID.randomUUID().toString());
        return switch (submitting.submit(actor, f.detainee().id(), read.submission(), key)) {
            case SubmittingRequests.Submitted s -> "redirect:/detainees/" + id + "?sent=" + s.request().reference();
            case SubmittingRequests.Rejected r -> page(f, type, typed, RequestForm.messages(r.errors(), messages, locale), model, locale);
        };
    }

    private String page(Followed f, RequestType type, Map<String, String> typed, Map<String, String> errors, Model model,
                        Locale locale) {
        model.addAttribute("file", disclosing.fileFor(f));
        model.addAttribute("type", type);
        model.addAttribute("typed", typed);
        model.addAttribute("date", typed.containsKey("date-day") ? new DateEntry.Typed(
                typed.getOrDefault("date-calendar", "hijri"), typed.getOrDefault("date-day", ""),
                typed.getOrDefault("date-month", ""), typed.getOrDefault("date-year", "")) : null);
        model.addAttribute("errors", errors);
        var occasions = new LinkedHashMap<String, String>();
        for (var o : Occasion.values()) occasions.put(o.name(), messages.getMessage("detention.occasion." + o, null, locale));
        model.addAttribute("occasions", occasions);
        model.addAttribute("key", typed.getOrDefault("key", UUID.randomUUID().toString()));
        // a video visit's interpreter: as typed (a new form has it preset from the recorded needs)
        if (!model.containsAttribute("interpreter")) model.addAttribute("interpreter", "true".equals(typed.get("interpreter")));
        model.addAttribute("interpreterNoteLength", Submission.INTERPRETER_NOTE_LENGTH);
        return "detention/request";
    }
}
