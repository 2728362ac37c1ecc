package org.nafitha.notifications.internal;

import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns case events into messages for the applicant. Runs after the case's transaction commits,
 * from the event publication registry: if this fails the event is retried, and the dedupe key
 * keeps a retry from writing the message twice.
 */
@Component
class CaseNotifications {

    private final InboxMessages inbox;

    CaseNotifications(InboxMessages inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted event) {
        inbox.deliver(event.applicant(), event.reference() + "|submit|" + event.at(),
                "notifications.case.received", event.reference().value(), event.serviceCode(), event.at());
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        if ("complete".equals(event.action())) return;
        inbox.deliver(event.applicant(), event.reference() + "|" + event.action() + "|" + event.at(),
                "notifications.case." + event.to(), event.reference().value(), event.serviceCode(), event.at());
    }
}
