package org.nafitha.notifications.internal;

import org.nafitha.analytics.SatisfactionAsked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case that ended asks its applicant one question: the inbox line links to the case page, where
 * the question is. Redelivered, the dedupe key keeps it one line.
 */
@Component
class SatisfactionNotifications {

    private final InboxMessages inbox;

    SatisfactionNotifications(InboxMessages inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(SatisfactionAsked event) {
        inbox.deliver(event.applicant(), event.reference() + "|satisfaction", "notifications.satisfaction.asked",
                event.reference().value(), event.serviceCode(), event.at());
    }
}
