package org.nafitha.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The application form as posted: checked as the service says, its files kept, and saved as a draft to review. */
@Controller
class FormSubmissionController {

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final Drafts drafts;
    private final FieldMessages messages;
    private final Principals principals;
    private final FormUploads uploads;
    private final ApplicationFormPage page;

    FormSubmissionController(Catalogue catalogue, FormValidator validator, Drafts drafts, FieldMessages messages,
                             Principals principals, FormUploads uploads, ApplicationFormPage page) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.drafts = drafts;
        this.messages = messages;
        this.principals = principals;
        this.uploads = uploads;
        this.page = page;
    }

    @PostMapping("/services/{code}/apply")
    String submitForm(@PathVariable String code, MultipartHttpServletRequest request, Actor actor, Model model,
                      Locale locale) throws IOException {
        var service = ApplyController.service(catalogue, code);
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
            return page.render(service, actor, principal, input, uploaded, messages.of(errors, locale), model, locale);
        }
        var draftId = drafts.save(actor.username(), code, input, docs, principal);
        return "redirect:/applications/drafts/" + draftId;
    }

    private @Nullable FieldError acceptFile(FieldDefinition field, MultipartHttpServletRequest request, Actor actor,
                                            String owner, Map<String, StoredDocument> uploaded) throws IOException {
        return uploads.accept(field, request, actor.username(), owner, uploaded);
    }
}
