package org.nafitha.messaging.internal;

import java.time.Clock;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.nafitha.messaging.SmsDeliveryReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Delivery receipts (deliver_sm) from the SMS centre, published as {@link SmsDeliveryReported}.
 * If a listener fails, the deliver_sm is answered with an error so the centre sends it again.
 */
class DeliveryReceipts implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);
    private static final int ESME_RX_T_APPN = 0x64;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryReceipts(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            log.debug("Ignoring a mobile-originated message from {}", deliverSm.getSourceAddr());
            return;
        }
        try {
            var receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            events.publishEvent(new SmsDeliveryReported(receipt.getId(), receipt.getFinalStatus().name(),
                    receipt.getError(), clock.instant()));
        } catch (InvalidDeliveryReceiptException e) {
            log.warn("Unreadable delivery receipt: {}", e.getMessage());
        } catch (RuntimeException e) {
            throw new ProcessRequestException("receipt not recorded: " + e.getMessage(), ESME_RX_T_APPN, e);
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm not supported", 0x03);
    }
}
