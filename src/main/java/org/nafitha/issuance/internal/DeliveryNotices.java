package org.nafitha.issuance.internal;

import java.security.SecureRandom;
import java.util.Locale;

import org.nafitha.identity.Contacts;
import org.nafitha.identity.ReadingLanguage;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.issuance.DeliveryStatusChanged;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant by SMS at each step of their delivery. When the document goes out (or is
 * ready at the office), a fresh
 * one-time handover code is made here, after the commit, so it never sits in the event log; a
 * retried event simply sends a new code that replaces the old.
 */
@Component
class DeliveryNotices {

    private static final Logger log = LoggerFactory.getLogger(DeliveryNotices.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Contacts contacts;
    private final SmsGateway sms;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final ReadingLanguage languages;

    DeliveryNotices(Contacts contacts, SmsGateway sms, Deliveries deliveries, MessageSource messages, ReadingLanguage languages) {
        this.languages = languages;
        this.contacts = contacts;
        this.sms = sms;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DeliveryStatusChanged event) {
        var mobile = contacts.find(event.recipient()).map(Contacts.Contact::mobile).orElse(null);
        if (mobile == null) {
            log.warn("Delivery {} of {}: the recipient has no mobile number for the notice", event.delivery(), event.reference());
            return;
        }
        // in the language the person reads (Urdu, French...), as every other notice
        var language = Locale.forLanguageTag(languages.of(event.recipient()));
        var text = messages.getMessage("issuance.delivery.sms." + event.to().name(), new Object[]{event.reference().value()}, language);
        if (event.to() == DeliveryStatus.OUT_FOR_DELIVERY || event.to() == DeliveryStatus.READY_FOR_PICKUP) {
            var code = "%06d".formatted(RANDOM.nextInt(1_000_000));
            deliveries.setCode(event.delivery(), Delivery.hash(event.delivery(), code));
            text = text + " " + messages.getMessage("issuance.delivery.sms.code", new Object[]{code}, language);
        }
        // "notification:" like every other notice: the sign-in code readers of the dev outbox skip it
        sms.send(new TextMessage(mobile, event.recipient(), text, "notification:delivery-" + event.to().name()));
    }
}
