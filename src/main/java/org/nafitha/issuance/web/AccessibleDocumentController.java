package org.nafitha.issuance.web;

import java.util.Locale;

import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.AccessibleDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The issued document as an accessible page, next to the PDF on the case page. As for the PDF,
 * only the applicant's side of the case may read it; anyone else gets "not found".
 */
@Controller
class AccessibleDocumentController {

    private final CaseParties parties;
    private final AccessibleDocuments documents;

    AccessibleDocumentController(CaseParties parties, AccessibleDocuments documents) {
        this.parties = parties;
        this.documents = documents;
    }

    @GetMapping("/applications/{reference}/document")
    String read(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var ref = CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var document = documents.forCase(ref, locale);
        if (document.isEmpty()) return "redirect:/applications/" + ref.value() + "?preparing";
        model.addAttribute("doc", document.get());
        model.addAttribute("reference", ref.value());
        return "issuance/accessible";
    }
}
