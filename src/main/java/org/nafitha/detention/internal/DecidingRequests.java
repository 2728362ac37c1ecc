package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.CountryProperties;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.DetentionRequestDecided;
import org.nafitha.detention.RequestStatus;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.VideoVisitScheduled;
import org.nafitha.identity.Actor;
import org.nafitha.payments.DueKind;
import org.nafitha.payments.DueOpening;
import org.nafitha.payments.Money;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decide a request; the request itself says whether they may. The family is told either way.
 * An approved deposit becomes a due the family pays through the payments module; an approved video
 * visit is given its time of day by the officer and becomes a call (the meetings module books it).
 */
@Service
public class DecidingRequests {

    private final DetentionRequests requests;
    private final RequestDecisions decisions;
    private final Detainees detainees;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final DueOpening payments;
    private final MessageSource messages;
    private final Currency currency;
    private final VideoVisitTimes times;

    DecidingRequests(DetentionRequests requests, RequestDecisions decisions, Detainees detainees, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock, DueOpening payments, MessageSource messages,
                     CountryProperties country, VideoVisitTimes times) {
        this.times = times;
        this.payments = payments;
        this.messages = messages;
        this.currency = Currency.getInstance(country.currency());
        this.requests = requests;
        this.decisions = decisions;
        this.detainees = detainees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Empty when done; otherwise why not. */
    @Transactional
    public Optional<DetentionError> decide(Actor staff, String reference, boolean approve, @Nullable String reason) {
        return decide(staff, reference, approve, reason, null);
    }

    /** As above; approving a video visit needs {@code startTime}, its start on the visit's day. */
    @Transactional
    public Optional<DetentionError> decide(Actor staff, String reference, boolean approve, @Nullable String reason,
                                           @Nullable LocalTime startTime) {
        var request = requests.find(reference).orElse(null);
        if (request == null) return Optional.of(DetentionError.NOT_FOUND);
        var decision = request.decide(staff, approve, reason);
        if (decision instanceof DetentionRequest.Refused refused) return Optional.of(refused.error());
        var to = ((DetentionRequest.Moved) decision).to();
        var now = clock.instant();
        var note = reason == null || reason.isBlank() ? null : reason.strip();
        var video = to == RequestStatus.APPROVED && request.type() == RequestType.VIDEO_VISIT;
        var placed = video ? times.place(request.visitOn(), startTime) : null;
        if (placed instanceof VideoVisitTimes.Placed.Refused refused) return Optional.of(refused.error());
        var moved = placed instanceof VideoVisitTimes.Placed.At at
                ? decisions.schedule(request, staff.username(), note, now, at.startsAt(), at.minutes())
                : decisions.move(request, to, staff.username(), note, now);
        if (!moved) return Optional.of(DetentionError.ALREADY_DECIDED);
        if (placed instanceof VideoVisitTimes.Placed.At at) {
            events.publishEvent(new VideoVisitScheduled(request.id(), reference, request.requester(), request.facility(),
                    at.startsAt(), at.minutes(), request.interpreter(), request.interpreterNote()));
        }
        var d = detainees.find(request.detainee()).orElseThrow();
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "detention.request." + to.name().toLowerCase(),
                d.nationalId().value(), reference, note, staff.department()));
        if (to == RequestStatus.APPROVED && request.type() == RequestType.DEPOSIT && request.amountMinor() != null) {
            // the family pays the approved amount like a fee; it is credited when the gateway confirms it
            payments.owe(DueKind.DEPOSIT, reference, request.requester(), List.of(new DueOpening.Item("deposit",
                    messages.getMessage("detention.deposit.line", new Object[] {d.nameAr()}, Locale.forLanguageTag("ar")),
                    messages.getMessage("detention.deposit.line", new Object[] {d.nameEn()}, Locale.ENGLISH),
                    new Money(request.amountMinor(), currency))));
        }
        var scheduled = placed instanceof VideoVisitTimes.Placed.At at ? at : null;
        events.publishEvent(new DetentionRequestDecided(reference, request.requester(), request.type(), to,
                d.nameAr(), d.nameEn(), now, scheduled == null ? null : scheduled.startsAt(),
                scheduled == null ? null : scheduled.minutes()));
        return Optional.empty();
    }
}
