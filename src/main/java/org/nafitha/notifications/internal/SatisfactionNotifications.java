package org.nafitha.notifications.internal;

import java.util.Map;

import org.nafitha.analytics.SatisfactionAsked;
import org.nafitha.issuance.IssuanceProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case that ended asks its applicant one question: the inbox line links to the case page, where
 * the question is, and the SMS or e-mail they chose carries the link to the rating page, sent a while
 * later ({@code nafitha.notifications.satisfaction-after}) so it does not arrive beside the decision. Redelivered,
 * the dedupe key keeps it one line and one message per channel; the answer stays one per case.
 */
@Component
class SatisfactionNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final IssuanceProperties issuance;
    private final NotificationsProperties properties;

    SatisfactionNotifications(InboxMessages inbox, Notifier notifier, IssuanceProperties issuance,
                              NotificationsProperties properties) {
        this.properties = properties;
        this.inbox = inbox;
        this.notifier = notifier;
        this.issuance = issuance;
    }

    @ApplicationModuleListener
    void on(SatisfactionAsked event) {
        var reference = event.reference().value();
        var dedupe = event.reference() + "|satisfaction";
        inbox.deliver(event.applicant(), dedupe, "notifications.satisfaction.asked", reference, event.serviceCode(),
                event.at());
        var ratingLink = issuance.publicBaseUrl().replaceAll("/+$", "") + "/applications/" + reference + "/satisfaction";
        notifier.notify(new Notifier.Occurrence(TemplateKey.SATISFACTION_ASKED, event.applicant(), reference,
                event.serviceCode(), event.at(), Map.of("ratingLink", ratingLink), dedupe), properties.satisfactionAfter());
    }
}
