package org.nafitha.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.Drafts;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.FieldError;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalId;
import org.nafitha.documents.Documents;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.nafitha.registers.Prefill;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import java.util.Optional;
import org.nafitha.registers.CivilRecord;

/**
 * The application form of any service, built from its definition. A refused answer re-renders the
 * form with a message at the field and everything else kept (an accepted upload included); a
 * valid form becomes a draft shown on the "check your answers" page.
 */
@Controller
class ApplyController {

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final CivilRegister register;
    private final Prefill prefill;
    private final Documents documents;
    private final Drafts drafts;
    private final FieldMessages messages;
    private final AnswerDisplay display;
    private final Principals principals;
    private final FormUploads uploads;

    ApplyController(Catalogue catalogue, FormValidator validator, CivilRegister register, Prefill prefill,
                    Documents documents, Drafts drafts, FieldMessages messages, AnswerDisplay display,
                    Principals principals, FormUploads uploads) {
        this.uploads = uploads;
        this.prefill = prefill;
        this.display = display;
        this.principals = principals;
        this.catalogue = catalogue;
        this.validator = validator;
        this.register = register;
        this.documents = documents;
        this.drafts = drafts;
        this.messages = messages;
    }

    /**
     * The form, after "for whom": people who hold a mandate for someone in this service first
     * choose between themselves and the people they represent.
     */
    @GetMapping("/services/{code}/apply")
    String form(@PathVariable String code, @RequestParam(name = "draft", required = false) @Nullable UUID draftId,
                @RequestParam(name = "for", required = false) @Nullable String forWhom,
                @RequestParam(name = "refused", required = false) @Nullable String refused,
                Actor actor, Model model, Locale locale) {
        var service = service(code);
        Map<String, String> values = Map.of();
        Map<String, StoredDocument> uploaded = Map.of();
        String principal = null;
        if (draftId != null) {
            var draft = drafts.find(draftId, actor.username()).filter(d -> d.serviceCode().equals(code));
            if (draft.isPresent()) {
                values = draft.get().input();
                uploaded = uploaded(draft.get().documents());
                principal = draft.get().onBehalfOf();
                forWhom = principal == null ? "self" : principal;
            }
        }
        if (refused != null) return principals.choice(service, actor, refused, model);
        if (forWhom == null && principals.representsAnyone(actor, code)) return principals.choice(service, actor, null, model);
        if (forWhom != null && !"self".equals(forWhom)) {
            principal = ArabicDigits.digitsOnly(forWhom);
            var check = principals.check(actor, principal, code);
            if (check != null) return principals.choice(service, actor, check, model);
        }
        return render(service, actor, principal, values, uploaded, Map.of(), model, locale);
    }

    @PostMapping("/services/{code}/apply")
    String submitForm(@PathVariable String code, MultipartHttpServletRequest request, Actor actor, Model model,
                      Locale locale) throws IOException {
        var service = service(code);
        var behalf = request.getParameter("onBehalfOf");
        var principal = behalf == null || behalf.isBlank() ? null : ArabicDigits.digitsOnly(behalf);
        if (principal != null) {
            var refused = principals.check(actor, principal, code);
            if (refused != null) return principals.choice(service, actor, refused, model);
        }
        var owner = principal == null ? actor.nationalId() : principal;
        var input = FormUploads.typedAnswers(service, request);
        var errors = new ArrayList<>(validator.check(service, input).errors());
        var docs = new HashMap<String, List<UUID>>();
        var uploaded = new HashMap<String, StoredDocument>();
        for (var field : service.fileFields()) {
            var error = acceptFile(field, request, actor, owner, uploaded);
            if (error != null) errors.add(error);
            else if (uploaded.containsKey(field.name())) docs.put(field.name(), List.of(uploaded.get(field.name()).id()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errorCount", errors.size());
            return render(service, actor, principal, input, uploaded, messages.of(errors, locale), model, locale);
        }
        var draftId = drafts.save(actor.username(), code, input, docs, principal);
        return "redirect:/applications/drafts/" + draftId;
    }

    private @Nullable FieldError acceptFile(FieldDefinition field, MultipartHttpServletRequest request, Actor actor,
                                            String owner, Map<String, StoredDocument> uploaded) throws IOException {
        return uploads.accept(field, request, actor.username(), owner, uploaded);
    }

    private String render(ServiceDefinition service, Actor actor, @Nullable String principal, Map<String, String> values,
                          Map<String, StoredDocument> uploaded, Map<String, String> errors, Model model, Locale locale) {
        var prefilled = new HashMap<String, String>();
        var person = principal == null ? actor.nationalId() : principal;
        var record = person == null ? Optional.<CivilRecord>empty()
                : register.find(new NationalId(person));
        model.addAttribute("onBehalfOf", principal);
        model.addAttribute("onBehalfOfName", principal == null ? null
                : record.map(r -> "ar".equals(locale.getLanguage()) ? r.fullNameAr() : r.fullNameEn()).orElse(principal));
        var known = person == null ? Map.<String, String>of() : prefill.values(new NationalId(person),
                service.fields().stream().filter(f -> f.prefilled()).map(f -> f.prefill()).toList(), locale);
        for (var field : service.fields()) {
            if (field.prefilled() && known.containsKey(field.prefill())) {
                prefilled.put(field.name(), display.value(field, known.get(field.prefill()), locale));
            }
        }
        model.addAttribute("service", service);
        model.addAttribute("values", values);
        model.addAttribute("prefilled", prefilled);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("errors", errors);
        return "cases/form";
    }

    private Map<String, StoredDocument> uploaded(Map<String, List<UUID>> docs) {
        var result = new HashMap<String, StoredDocument>();
        docs.forEach((field, ids) -> ids.stream().findFirst().flatMap(documents::find)
                .ifPresent(d -> result.put(field, d)));
        return result;
    }

    private ServiceDefinition service(String code) {
        return catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
