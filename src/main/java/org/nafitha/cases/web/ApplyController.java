package org.nafitha.cases.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.Drafts;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicDigits;
import org.nafitha.documents.StoredDocument;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application form of any service, built from its definition. A refused answer re-renders the
 * form with a message at the field and everything else kept (an accepted upload included); a
 * valid form becomes a draft shown on the "check your answers" page ({@link FormSubmissionController}).
 */
@Controller
class ApplyController {

    private final Catalogue catalogue;
    private final Drafts drafts;
    private final Principals principals;
    private final ApplicationFormPage page;

    ApplyController(Catalogue catalogue, Drafts drafts, Principals principals, ApplicationFormPage page) {
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.principals = principals;
        this.page = page;
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
        var service = service(catalogue, code);
        Map<String, String> values = Map.of();
        Map<String, StoredDocument> uploaded = Map.of();
        String principal = null;
        if (draftId != null) {
            var draft = drafts.find(draftId, actor.username()).filter(d -> d.serviceCode().equals(code));
            if (draft.isPresent()) {
                values = draft.get().input();
                uploaded = page.uploaded(draft.get().documents());
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
        return page.render(service, actor, principal, values, uploaded, Map.of(), model, locale);
    }

    static ServiceDefinition service(Catalogue catalogue, String code) {
        return catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
