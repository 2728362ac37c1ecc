package org.nafitha.notifications.internal;

import org.nafitha.messaging.SmsDeliveryReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivery receipts from the SMS centre. Handled synchronously: if recording fails, the
 * messaging module answers the centre with an error and the centre sends the receipt again.
 */
@Component
class DeliveryReports {

    private final OutgoingMessages messages;

    DeliveryReports(OutgoingMessages messages) {
        this.messages = messages;
    }

    @EventListener
    void on(SmsDeliveryReported report) {
        messages.report(report.messageId(), report.state(), report.error(), report.at());
    }
}
