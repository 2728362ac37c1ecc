package org.nafitha.notifications.internal;

import java.util.Map;

import org.nafitha.country.Calendars;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.payments.ChargePaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A payment received, to the payer: inbox always (leading to the signed receipt), SMS and e-mail
 * as they chose, with the amount in their language and the receipt's link.
 */
@Component
class PaymentNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final Calendars calendars;
    private final IssuanceProperties issuance;

    PaymentNotifications(InboxMessages inbox, Notifier notifier, Calendars calendars, IssuanceProperties issuance) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.calendars = calendars;
        this.issuance = issuance;
    }

    @ApplicationModuleListener
    void on(ChargePaid paid) {
        var payment = paid.charge().toString();
        var dedupe = "payment|" + payment + "|paid";
        inbox.deliver(paid.payer(), dedupe, "payments.inbox.received", payment, null, paid.at());
        var link = issuance.publicBaseUrl().replaceAll("/+$", "") + "/payments/" + payment + "/receipt";
        notifier.notify(new Notifier.Occurrence(TemplateKey.PAYMENT_RECEIVED, paid.payer(), payment, null, paid.at(),
                Map.of("receiptLink", link), dedupe,
                locale -> Map.of("amount", calendars.money(paid.amount().amount(), locale))));
    }
}
