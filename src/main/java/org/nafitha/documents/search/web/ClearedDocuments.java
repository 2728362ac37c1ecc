package org.nafitha.documents.search.web;

import java.util.UUID;

import org.nafitha.documents.search.ArchiveRecords;
import org.nafitha.documents.search.Clearances;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * An archived document the reader is cleared for; otherwise 404, the same answer as for a document
 * that does not exist, with the attempt on an existing one audited.
 */
@Component
class ClearedDocuments {

    private final ArchiveRecords records;
    private final Clearances clearances;
    private final AuditTrail audit;

    ClearedDocuments(ArchiveRecords records, Clearances clearances, AuditTrail audit) {
        this.records = records;
        this.clearances = clearances;
        this.audit = audit;
    }

    ArchiveRecords.Filed filed(String id, Actor actor) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var filed = records.filed(uuid);
        var clearance = clearances.of(actor);
        if (filed.isPresent() && clearance.permits(filed.get().classification(), filed.get().department())) {
            return filed.get();
        }
        if (filed.isPresent()) {
            audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "archive.document.refused",
                    filed.get().person(), null, "not cleared for document " + uuid, actor.department()));
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
