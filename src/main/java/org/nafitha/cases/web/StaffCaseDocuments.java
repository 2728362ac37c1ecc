package org.nafitha.cases.web;

import java.util.UUID;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A document of a case, for staff of its department; every read lands in the audit trail. */
@Controller
class StaffCaseDocuments {

    private final ReadingCases reading;
    private final Documents documents;

    StaffCaseDocuments(ReadingCases reading, Documents documents) {
        this.reading = reading;
        this.documents = documents;
    }

    /** A document of a case, for staff of its department; the read lands in the audit trail. */
    @GetMapping("/staff/cases/{reference}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable UUID id, Actor actor) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var attached = reading.documentsVisibleTo(ref, actor).contains(id);
        if (!attached) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var content = documents.read(id, new DocumentRead(actor.username(), actor.primaryRole().name(), ref.value(),
                "casework", actor.department())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }
}
