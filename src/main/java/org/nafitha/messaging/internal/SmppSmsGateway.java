package org.nafitha.messaging.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
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
 * SMS over SMPP 3.4 (jSMPP): one transceiver bind carries submit_sm out and delivery receipts
 * (deliver_sm) back. A lost bind is re-established on the next send and in the background;
 * enquire_link keeps the line alive; sends are held to the operator's rate.
 */
class SmppSmsGateway implements SmsGateway, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);

    private final SmppProperties smpp;
    private final SendingRate rate;
    private final DeliveryReceipts receipts;
    private volatile @Nullable SMPPSession session;

    SmppSmsGateway(SmppProperties smpp, ApplicationEventPublisher events, Clock clock) {
        this.smpp = smpp;
        this.rate = new SendingRate(smpp.rate());
        this.receipts = new DeliveryReceipts(events, clock);
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
                return submit(destination, text, index, reference);
            } catch (SmsNotSent e) {
                if (!e.temporary() || index == 0 || attempt >= smpp.partRetries()) throw e;
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private String submit(String destination, SmsText text, int index, int reference) {
        var part = text.bytes(text.parts().get(index));
        var esm = new ESMClass();
        if (text.segments() > 1) {
            part = withConcatenationHeader(part, reference, text.segments(), index + 1);
            esm = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
        }
        var coding = new GeneralDataCoding(text.encoding() == SmsText.Encoding.UCS_2
                ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        rate.acquire();
        try {
            return bound().submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                    smpp.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, esm,
                    (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    (byte) 0, coding, (byte) 0, part).getMessageId();
        } catch (NegativeResponseException e) {
            throw SmppStatus.refusal(e.getCommandStatus());
        } catch (ResponseTimeoutException | IOException e) {
            dropSession();
            throw new SmsNotSent("SMS centre did not answer: " + e.getMessage(), true, e);
        } catch (PDUException | InvalidResponseException e) {
            throw new SmsNotSent("SMS centre exchange failed: " + e.getMessage(), true, e);
        }
    }

    /** UDH for concatenated SMS: IEI 0x00 (8-bit reference), length 3, reference, total, sequence. */
    static byte[] withConcatenationHeader(byte[] part, int reference, int total, int sequence) {
        var out = new byte[part.length + 6];
        out[0] = 0x05;
        out[1] = 0x00;
        out[2] = 0x03;
        out[3] = (byte) reference;
        out[4] = (byte) total;
        out[5] = (byte) sequence;
        System.arraycopy(part, 0, out, 6, part.length);
        return out;
    }

    private synchronized SMPPSession bound() {
        var current = session;
        if (current != null && current.getSessionState().isBound()) return current;
        dropSession();
        var fresh = new SMPPSession();
        fresh.setEnquireLinkTimer((int) smpp.enquireLink().toMillis());
        fresh.setTransactionTimer(smpp.responseTimeout().toMillis());
        fresh.setMessageReceiverListener(receipts);
        fresh.setPduProcessorDegree(smpp.receiptThreads());
        try {
            fresh.connectAndBind(smpp.host(), smpp.port(), new BindParameter(BindType.BIND_TRX, smpp.systemId(),
                    smpp.password(), smpp.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    smpp.responseTimeout().toMillis());
        } catch (IOException e) {
            fresh.unbindAndClose();
            throw new SmsNotSent("SMS centre unreachable: " + e.getMessage(), true, e);
        }
        log.info("Bound to the SMS centre at {}:{} as {}", smpp.host(), smpp.port(), smpp.systemId());
        session = fresh;
        return fresh;
    }

    /** Re-binds in the background so delivery receipts keep arriving when nothing is being sent. */
    @Scheduled(fixedDelayString = "${nafitha.sms.smpp.rebind-interval:5s}")
    void keepBound() {
        try {
            bound();
        } catch (SmsNotSent unreachable) {
            log.debug("SMS centre still unreachable: {}", unreachable.getMessage());
        }
    }

    boolean isBound() {
        var current = session;
        return current != null && current.getSessionState().isBound();
    }

    private synchronized void dropSession() {
        var old = session;
        session = null;
        if (old != null) old.unbindAndClose();
    }

    @Override
    public void destroy() {
        dropSession();
    }
}
