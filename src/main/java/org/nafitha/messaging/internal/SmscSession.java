package org.nafitha.messaging.internal;

import java.io.IOException;

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
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.SmsText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transceiver bind to the SMS centre, made when first needed and again after it was lost, and the
 * submit_sm of one part of a text over it, held to the operator's rate.
 */
final class SmscSession {

    /** Logged under the gateway, as before. */
    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);

    private final SmppProperties smpp;
    private final SendingRate rate;
    private final DeliveryReceipts receipts;
    private volatile @Nullable SMPPSession session;

    SmscSession(SmppProperties smpp, SendingRate rate, DeliveryReceipts receipts) {
        this.smpp = smpp;
        this.rate = rate;
        this.receipts = receipts;
    }

    /** One part of a text as submit_sm; the SMS centre's message ID. */
    String submit(String destination, SmsText text, int index, int reference) {
        var part = text.bytes(text.parts().get(index));
        var esm = new ESMClass();
        if (text.segments() > 1) {
            part = ConcatenationHeader.before(part, reference, text.segments(), index + 1);
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
            drop();
            throw new SmsNotSent("SMS centre did not answer: " + e.getMessage(), true, e);
        } catch (PDUException | InvalidResponseException e) {
            throw new SmsNotSent("SMS centre exchange failed: " + e.getMessage(), true, e);
        }
    }

    synchronized SMPPSession bound() {
        var current = session;
        if (current != null && current.getSessionState().isBound()) return current;
        drop();
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

    boolean isBound() {
        var current = session;
        return current != null && current.getSessionState().isBound();
    }

    synchronized void drop() {
        var old = session;
        session = null;
        if (old != null) old.unbindAndClose();
    }
}
