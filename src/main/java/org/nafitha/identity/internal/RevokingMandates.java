package org.nafitha.identity.internal;

import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Withdrawing a mandate, from the mandates page or the API: only its grantor, and always on the audit trail. */
@Service
public class RevokingMandates {

    private final JdbcMandates mandates;
    private final AuditTrail audit;

    RevokingMandates(JdbcMandates mandates, AuditTrail audit) {
        this.mandates = mandates;
        this.audit = audit;
    }

    /** @return false when there is no such mandate the person may revoke (unknown, someone else's, already revoked) */
    @Transactional
    public boolean revoke(Actor actor, String by, UUID id) {
        var mandate = mandates.find(id);
        if (mandate.isEmpty() || !mandates.revoke(id, by)) return false;
        audit.record(new AuditEntry(actor.username(), "APPLICANT", "identity.mandate.revoke", mandate.get().principal(),
                null, "mandate " + id + " of " + mandate.get().delegate()));
        return true;
    }
}
