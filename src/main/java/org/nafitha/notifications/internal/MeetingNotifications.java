package org.nafitha.notifications.internal;

import org.nafitha.meetings.InterpreterAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A sign-language interpreter is told in their inbox when a host assigns them to a video meeting. */
@Component
class MeetingNotifications {

    private final InboxMessages inbox;

    MeetingNotifications(InboxMessages inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(InterpreterAssigned assigned) {
        // one line per meeting and interpreter: a redelivered event, or the same one assigned again, adds none
        inbox.deliver(assigned.interpreter(), "interpreter-assigned|" + assigned.meeting() + "|" + assigned.interpreter(),
                "notifications.meetings.interpreterAssigned", assigned.booking(), null, assigned.at());
    }
}
