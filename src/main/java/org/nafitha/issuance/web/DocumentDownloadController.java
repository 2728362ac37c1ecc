package org.nafitha.issuance.web;

import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import java.net.URI;

/**
 * The applicant downloads the signed PDF from their case page. Only the applicant's side of the
 * case may: anyone else gets "not found", as for a case they cannot see.
 */
@Controller
class DocumentDownloadController {

    private final CaseParties parties;
    private final IssuedDocuments documents;

    DocumentDownloadController(CaseParties parties, IssuedDocuments documents) {
        this.parties = parties;
        this.documents = documents;
    }

    @GetMapping("/applications/{reference}/document.pdf")
    ResponseEntity<byte[]> download(@PathVariable String reference, Actor actor) {
        var ref = CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var document = documents.forCase(ref);
        if (document.isEmpty()) {
            // approved a moment ago: the document is still being signed
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/applications/" + ref.value() + "?preparing")).build();
        }
        var pdf = documents.pdf(document.get().code()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.value() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
