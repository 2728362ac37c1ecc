package org.nafitha.issuance.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.DocumentRevoked;
import org.nafitha.issuance.VerificationCode;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer or head of the issuing department withdraws a document, with a reason, in the audit trail. */
@Service
public class RevokingDocuments {

    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevokingDocuments(IssuedDocuments documents, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @return why not, or empty when revoked */
    @Transactional
    public Optional<IssuedDocument.Refusal> revoke(VerificationCode code, Actor actor, @Nullable String reason) {
        var document = documents.find(code);
        if (document.isEmpty()) return Optional.of(IssuedDocument.Refusal.NOT_AUTHORISED);
        var d = document.get();
        var refusal = d.refusalToRevoke(actor, reason);
        if (refusal != null) return Optional.of(refusal);
        var now = clock.instant();
        if (!documents.revoke(code, reason.strip(), actor.username(), now)) {
            return Optional.of(IssuedDocument.Refusal.NOT_VALID);
        }
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "document.revoke", d.holderId(),
                d.caseReference().value(), code.value() + ": " + reason.strip(), actor.department()));
        events.publishEvent(new DocumentRevoked(code, d.caseReference(), d.holderId(), reason.strip(), actor.username(), now));
        return Optional.empty();
    }
}
