package org.nafitha.notifications.internal;

import java.util.Map;

import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.meetings.InterpreterAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A sign-language interpreter is told when a host assigns them to a video meeting: in their inbox, and by
 * SMS or e-mail as they chose, with the meeting's day and time in both calendars and the way to their calls.
 */
@Component
class MeetingNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final MessageVariables variables;
    private final IssuanceProperties issuance;

    MeetingNotifications(InboxMessages inbox, Notifier notifier, MessageVariables variables, IssuanceProperties issuance) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.variables = variables;
        this.issuance = issuance;
    }

    @ApplicationModuleListener
    void on(InterpreterAssigned assigned) {
        // one line and one message per meeting and interpreter: a redelivered event, or the same one assigned again, adds none
        var dedupe = "interpreter-assigned|" + assigned.meeting() + "|" + assigned.interpreter();
        inbox.deliver(assigned.interpreter(), dedupe, "notifications.meetings.interpreterAssigned", assigned.booking(), null,
                assigned.at());
        var calls = issuance.publicBaseUrl().replaceAll("/+$", "") + "/staff/meetings/interpreting";
        notifier.notify(new Notifier.Occurrence(TemplateKey.INTERPRETER_ASSIGNED, assigned.interpreter(), assigned.booking(),
                null, assigned.at(), Map.of("callsLink", calls), dedupe,
                locale -> variables.dates("meeting", assigned.startsAt(), locale)));
    }
}
