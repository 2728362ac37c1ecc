package org.nafitha.detention.internal;

import java.time.Clock;
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
 * An approved deposit becomes a due the family pays through the payments module.
 */
@Service
public class DecidingRequests {

    private final DetentionRequests requests;
    private final Detainees detainees;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final DueOpening payments;
    private final MessageSource messages;
    private final Currency currency;

    DecidingRequests(DetentionRequests requests, Detainees detainees, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock, DueOpening payments, MessageSource messages,
                     CountryProperties country) {
        this.payments = payments;
        this.messages = messages;
        this.currency = Currency.getInstance(country.currency());
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
        if (to == RequestStatus.APPROVED && request.type() == RequestType.DEPOSIT && request.amountMinor() != null) {
            // the family pays the approved amount like a fee; it is credited when the gateway confirms it
            payments.owe(DueKind.DEPOSIT, reference, request.requester(), List.of(new DueOpening.Item("deposit",
                    messages.getMessage("detention.deposit.line", new Object[] {d.nameAr()}, Locale.forLanguageTag("ar")),
                    messages.getMessage("detention.deposit.line", new Object[] {d.nameEn()}, Locale.ENGLISH),
                    new Money(request.amountMinor(), currency))));
        }
        events.publishEvent(new DetentionRequestDecided(reference, request.requester(), request.type(), to,
                d.nameAr(), d.nameEn(), now));
        return Optional.empty();
    }
}
