package org.nafitha.notifications.internal;

import org.nafitha.contactcentre.ConversationAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The communication centre answered someone in writing: a line in their in-app inbox, which
 * leads to the conversation. No SMS or e-mail template of its own: the person chose to write.
 */
@Component
class ContactCentreNotifications {

    private final InboxMessages inbox;

    ContactCentreNotifications(InboxMessages inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(ConversationAnswered event) {
        inbox.deliver(event.person(), "commcentre|" + event.reference() + "|answered|" + event.at(),
                "contactcentre.commcentre.inbox.replied", event.reference(), null, event.at());
    }
}
