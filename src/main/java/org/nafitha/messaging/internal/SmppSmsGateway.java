package org.nafitha.messaging.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.SmsSent;
import org.nafitha.messaging.SmsText;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * SMS over SMPP 3.4 (jSMPP): one transceiver bind ({@link SmscSession}) carries submit_sm out and delivery
 * receipts (deliver_sm) back. A lost bind is re-established on the next send and in the background;
 * enquire_link keeps the line alive; sends are held to the operator's rate.
 */
class SmppSmsGateway implements SmsGateway, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);

    private final SmppProperties smpp;
    private final SmscSession session;

    SmppSmsGateway(SmppProperties smpp, ApplicationEventPublisher events, Clock clock) {
        this.smpp = smpp;
        this.session = new SmscSession(smpp, new SendingRate(smpp.rate()), new DeliveryReceipts(events, clock));
    }

    @Override
    public SmsSent send(TextMessage message, Consumer<String> onPartAccepted) {
        var destination = message.msisdn().startsWith("+") ? message.msisdn().substring(1) : message.msisdn();
        if (!destination.matches("\\d{8,15}")) {
            throw new SmsNotSent("invalid mobile number: " + message.msisdn(), false);
        }
        var text = SmsText.of(message.text());
        var reference = ThreadLocalRandom.current().nextInt(256);
        var ids = new ArrayList<String>();
        for (int i = 0; i < text.segments(); i++) {
            var id = submitPart(destination, text, i, reference);
            onPartAccepted.accept(id);
            ids.add(id);
        }
        return new SmsSent(ids);
    }

    /** A throttled part after the first is retried here: giving up would resend the earlier parts. */
    private String submitPart(String destination, SmsText text, int index, int reference) {
        var backoff = smpp.partBackoff();
        for (int attempt = 0; ; attempt++) {
            try {
                return session.submit(destination, text, index, reference);
            } catch (SmsNotSent e) {
                if (!e.temporary() || index == 0 || attempt >= smpp.partRetries()) throw e;
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /** Re-binds in the background so delivery receipts keep arriving when nothing is being sent. */
    @Scheduled(fixedDelayString = "${nafitha.sms.smpp.rebind-interval:5s}")
    void keepBound() {
        try {
            session.bound();
        } catch (SmsNotSent unreachable) {
            log.debug("SMS centre still unreachable: {}", unreachable.getMessage());
        }
    }

    boolean isBound() {
        return session.isBound();
    }

    @Override
    public void destroy() {
        session.drop();
    }
}
