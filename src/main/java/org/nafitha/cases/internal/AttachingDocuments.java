package org.nafitha.cases.internal;

import java.util.List;

import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.nafitha.catalogue.ServiceDefinition;

/**
 * Adds an applicant's document to their case. When the last required document arrives, a case
 * that was waiting for documents moves on to the department's queue.
 */
@Service
public class AttachingDocuments {

    private final Cases cases;
    private final Catalogue catalogue;
    private final Documents documents;
    private final DecidingCases deciding;
    private final CaseAccess access;

    AttachingDocuments(Cases cases, Catalogue catalogue, Documents documents, DecidingCases deciding,
                       CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.catalogue = catalogue;
        this.documents = documents;
        this.deciding = deciding;
    }

    @Transactional
    public AttachOutcome attach(CaseReference reference, String kind, String filename, byte[] bytes, Actor actor) {
        var found = cases.find(reference).filter(c -> access.applicantSide(c, actor));
        if (found.isEmpty()) return new AttachOutcome.NotFound();
        var c = found.get();
        var service = catalogue.find(c.serviceCode()).orElseThrow();
        var field = service.field(kind).filter(FieldDefinition::isFile);
        if (field.isEmpty()) return new AttachOutcome.UnknownKind();
        if (service.workflow().finalStates().contains(c.status())) return new AttachOutcome.Closed();
        var outcome = documents.store(upload(field.get(), filename, bytes, c.applicant(), actor.username()));
        if (outcome instanceof UploadOutcome.Refused refused) return new AttachOutcome.Refused(refused.reason());
        var stored = ((UploadOutcome.Stored) outcome).document();
        cases.attach(reference, kind, stored.id());
        var status = c.status();
        if ("AWAITING_DOCUMENTS".equals(status) && complete(service, reference)) {
            if (deciding.take(reference, "complete", null, null, actor) instanceof DecisionOutcome.Taken taken) {
                status = taken.status();
            }
        }
        return new AttachOutcome.Attached(stored, status);
    }

    /** The upload rules a service's file field sets, with a sane default size limit. */
    public static Upload upload(FieldDefinition field, String filename, byte[] bytes, String owner, String uploadedBy) {
        return new Upload(field.name(), filename, bytes, owner, uploadedBy, field.accept(),
                field.effectiveMaxBytes());
    }

    private boolean complete(ServiceDefinition service, CaseReference reference) {
        var attached = cases.documents(reference);
        return service.fileFields().stream().filter(FieldDefinition::required)
                .allMatch(f -> !attached.getOrDefault(f.name(), List.of()).isEmpty());
    }
}
