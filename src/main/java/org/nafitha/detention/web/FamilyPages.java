package org.nafitha.detention.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.Disclosing;
import org.nafitha.detention.internal.Followed;
import org.nafitha.detention.internal.Following;
import org.nafitha.detention.internal.Looks;
import org.nafitha.detention.internal.SubmittingRequests;
import org.nafitha.identity.Actor;
import org.nafitha.portal.DateEntry;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The family's pages of the detainee window (تواصل): the detainees they follow, each one's status page,
 * and the request forms. Plain forms; a detainee they may not follow is "not found", and audited.
 */
@Controller
class FamilyPages {

    private final Following following;
    private final Disclosing disclosing;
    private final Looks looks;
    private final DetentionRequests requests;
    private final SubmittingRequests submitting;
    private final MessageSource messages;

    FamilyPages(Following following, Disclosing disclosing, Looks looks, DetentionRequests requests,
                SubmittingRequests submitting, MessageSource messages) {
        this.following = following;
        this.disclosing = disclosing;
        this.looks = looks;
        this.requests = requests;
        this.submitting = submitting;
        this.messages = messages;
    }

    @GetMapping("/detainees")
    String list(Actor actor, Model model) {
        var followed = actor.nationalId() == null ? List.<Followed>of() : following.followedBy(actor.nationalId());
        followed.forEach(f -> looks.byFollower(actor, f, "web"));
        model.addAttribute("files", followed.stream().map(disclosing::fileFor).toList());
        return "detention/list";
    }

    @GetMapping("/detainees/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) @Nullable String sent, Actor actor, Model model) {
        var f = followed(id, actor);
        looks.byFollower(actor, f, "web");
        model.addAttribute("file", disclosing.fileFor(f));
        model.addAttribute("requests", requests.by(actor.nationalId(), f.detainee().id()));
        model.addAttribute("types", RequestType.values());
        if (sent != null) {
            model.addAttribute("banner", "detention.request.sent");
            model.addAttribute("bannerReference", sent);
        }
        return "detention/detainee";
    }

    @GetMapping("/detainees/{id}/requests/new")
    String form(@PathVariable String id, @RequestParam RequestType type, Actor actor, Model model, Locale locale) {
        var person = actor.nationalId();
        model.addAttribute("interpreter", type == RequestType.VIDEO_VISIT && person != null && submitting.signs(person));
        return page(followed(id, actor), type, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/detainees/{id}/requests")
    String submit(@PathVariable String id, @RequestParam RequestType type, @RequestParam Map<String, String> typed,
                  @RequestParam(required = false) @Nullable MultipartFile document, Actor actor, Model model,
                  Locale locale) throws IOException {
        var f = followed(id, actor);
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

    private Followed followed(String id, Actor actor) {
        var f = DetaineesApi.parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.<Followed>empty()
                : following.follow(actor.nationalId(), uuid));
        if (f.isEmpty()) {
            looks.refused(actor, id, "web");
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return f.get();
    }
}
