package org.nafitha.municipal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.Answers;
import org.nafitha.municipal.internal.AssessmentForm;
import org.nafitha.municipal.internal.AssessmentForms;
import org.nafitha.municipal.internal.Assessments;
import org.nafitha.municipal.internal.DraftingAssessments;
import org.nafitha.municipal.internal.FilingAssessments;
import org.nafitha.municipal.internal.MunicipalStaff;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Field workers' pages for household assessments and displacement reports, made for a phone:
 * their drafts and their municipality's filed records, a new draft, the form (saved on each change
 * by htmx, or by the "save draft" button without JavaScript; a member row added or removed by a
 * button that saves and shows the form again), and filing, with the problems shown at their fields
 * and everything typed kept.
 */
@Controller
class AssessmentPages {

    private final DraftingAssessments drafting;
    private final FilingAssessments filing;
    private final Assessments assessments;
    private final AssessmentForms forms;
    private final MunicipalStaff staff;
    private final MessageSource messages;
    private final Clock clock;
    private final Calendars calendars;

    AssessmentPages(DraftingAssessments drafting, FilingAssessments filing, Assessments assessments,
                    AssessmentForms forms, MunicipalStaff staff, MessageSource messages, Clock clock,
                    Calendars calendars) {
        this.drafting = drafting;
        this.filing = filing;
        this.assessments = assessments;
        this.forms = forms;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
        this.calendars = calendars;
    }

    @GetMapping("/municipal/assessments")
    String list(Actor actor, Model model) {
        var own = staff.municipalityOf(actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        model.addAttribute("forms", forms.all());
        model.addAttribute("titles", forms.all().stream()
                .collect(Collectors.toMap(AssessmentForm::id, AssessmentForm::title)));
        model.addAttribute("drafts", assessments.draftsOf(actor.username(), 50));
        model.addAttribute("filed", assessments.filedIn(own, 50));
        model.addAttribute("startKey", UUID.randomUUID().toString());
        return "municipal/assessments";
    }

    /** The key, drawn when the list was shown, makes two clicks on "start" one draft. */
    @PostMapping("/municipal/assessments")
    String start(@RequestParam(defaultValue = "") String form, @RequestParam(defaultValue = "") String key, Actor actor,
                 RedirectAttributes redirect) {
        var started = drafting.start(actor, form, key.isBlank() || key.length() > 100 ? UUID.randomUUID().toString() : key);
        return switch (started) {
            case DraftingAssessments.StartedDraft d -> "redirect:/municipal/assessments/" + d.id();
            case DraftingAssessments.NotStarted n -> {
                redirect.addFlashAttribute("problem", n.error().messageKey());
                yield "redirect:/municipal/assessments";
            }
        };
    }

    @GetMapping("/municipal/assessments/{id}")
    String open(@PathVariable String id, Actor actor, Model model, Locale locale) {
        var uuid = PathIds.parse(id).orElseThrow(AssessmentPages::notFound);
        var draft = drafting.draft(actor, uuid);
        if (draft.isEmpty()) return "redirect:/municipal/assessments/" + uuid + "/household";
        return form(draft.get(), draft.get().answers(), Map.of(), model, locale);
    }

    /** The plain form's buttons: save, add a member, remove member n, or file. */
    @PostMapping("/municipal/assessments/{id}")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) @Nullable Integer remove,
                  Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
        var uuid = PathIds.parse(id).orElseThrow(AssessmentPages::notFound);
        var found = drafting.draft(actor, uuid);
        // filed already (a second click on "file"): the record, or not found for whoever may not see it
        if (found.isEmpty()) return "redirect:/municipal/assessments/" + uuid + "/household";
        var draft = found.get();
        var answers = AssessmentParameters.answers(params);
        if (remove != null && remove >= 0 && remove < answers.members().size()) {
            var members = new ArrayList<>(answers.members());
            members.remove((int) remove);
            answers = answers.withMembers(members);
        } else if ("add".equals(action) && answers.members().size() < AssessmentParameters.MAX_MEMBERS) {
            var members = new ArrayList<>(answers.members());
            members.add(Map.of());
            answers = answers.withMembers(members);
        }
        var refused = drafting.save(actor, draft.id(), answers);
        if (refused.isPresent()) throw notFound();
        if (!"file".equals(action)) {
            if (remove == null && !"add".equals(action)) redirect.addFlashAttribute("saved", true);
            return "redirect:/municipal/assessments/" + draft.id() + (remove != null || "add".equals(action) ? "#members" : "");
        }
        return switch (filing.file(actor, draft.id())) {
            case FilingAssessments.Filed f -> {
                redirect.addFlashAttribute("justFiled", true);
                yield "redirect:/municipal/assessments/" + f.id() + "/household";
            }
            case FilingAssessments.Refused r -> form(draft, answers, AssessmentParameters.errors(r.problems(), messages, locale), model,
                    locale);
        };
    }

    /** htmx's save as the worker types: idempotent, answers only the line saying when it was kept. */
    @PostMapping("/municipal/assessments/{id}/draft")
    String autosave(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Actor actor, Model model,
                    @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var uuid = PathIds.parse(id).orElseThrow(AssessmentPages::notFound);
        var refused = drafting.save(actor, uuid, AssessmentParameters.answers(params));
        if (refused.isPresent() && refused.get() == MunicipalError.ASSESSMENT_NOT_FOUND) throw notFound();
        if (htmx == null) return "redirect:/municipal/assessments/" + uuid;
        model.addAttribute("savedProblem", refused.map(MunicipalError::messageKey).orElse(null));
        model.addAttribute("savedAt", clock.instant());
        return "municipal/assessment-form :: autosaved";
    }

    private String form(Assessments.Assessment draft, Answers answers, Map<String, String> errors, Model model, Locale locale) {
        var form = forms.version(draft.formId(), draft.formVersion()).orElseThrow(AssessmentPages::notFound);
        model.addAttribute("assessment", draft);
        model.addAttribute("form", form);
        model.addAttribute("values", answers.fields());
        model.addAttribute("members", answers.members());
        model.addAttribute("errors", errors);
        model.addAttribute("summary", AssessmentParameters.summary(errors, form, messages, calendars, locale));
        model.addAttribute("chosen", chosen(answers));
        return "municipal/assessment-form";
    }

    /** Each answer's chosen values, for ticking boxes: the household's by field, the members' as m<n>.<field>. */
    private static Map<String, List<String>> chosen(Answers answers) {
        var chosen = new HashMap<String, List<String>>();
        answers.fields().forEach((k, v) -> chosen.put("f." + k, List.of(v.split(","))));
        for (int i = 0; i < answers.members().size(); i++) {
            var prefix = "m" + i + ".";
            answers.members().get(i).forEach((k, v) -> chosen.put(prefix + k, List.of(v.split(","))));
        }
        return chosen;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
