package org.nafitha.detention.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.DetentionRequestDecided;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff decide a request; the request itself says whether they may. The family is told either way. */
@Service
public class DecidingRequests {

    private final DetentionRequests requests;
    private final Detainees detainees;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecidingRequests(DetentionRequests requests, Detainees detainees, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.detainees = detainees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Empty when done; otherwise why not. */
    @Transactional
    public Optional<DetentionError> decide(Actor staff, String reference, boolean approve, @Nullable String reason) {
        var request = requests.find(reference).orElse(null);
        if (request == null) return Optional.of(DetentionError.NOT_FOUND);
        var decision = request.decide(staff, approve, reason);
        if (decision instanceof DetentionRequest.Refused refused) return Optional.of(refused.error());
        var to = ((DetentionRequest.Moved) decision).to();
        var now = clock.instant();
        var note = reason == null || reason.isBlank() ? null : reason.strip();
        if (!requests.move(request, to, staff.username(), note, now)) return Optional.of(DetentionError.ALREADY_DECIDED);
        var d = detainees.find(request.detainee()).orElseThrow();
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.request." + to.name().toLowerCase(),
                d.nationalId().value(), reference, note, staff.department()));
        events.publishEvent(new DetentionRequestDecided(reference, request.requester(), request.type(), to,
                d.nameAr(), d.nameEn(), now));
        return Optional.empty();
    }
}
