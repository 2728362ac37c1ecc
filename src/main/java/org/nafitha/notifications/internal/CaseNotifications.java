package org.nafitha.notifications.internal;

import java.util.Map;
import java.util.Optional;

import org.nafitha.cases.CaseEscalated;
import org.nafitha.cases.CaseMessagePosted;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * Turns case events into messages for the applicant: the in-app inbox always, SMS and e-mail as
 * they chose. Runs after the case's transaction commits, from the event publication registry: if
 * this fails the event is retried, and the dedupe keys keep a retry from writing anything twice.
 */
@Component
class CaseNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final MessageVariables variables;

    CaseNotifications(InboxMessages inbox, Notifier notifier, MessageVariables variables) {
        this.variables = variables;
        this.inbox = inbox;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted event) {
        var dedupe = event.reference() + "|submit|" + event.at();
        inbox.deliver(event.applicant(), dedupe, "notifications.case.received", event.reference().value(),
                event.serviceCode(), event.at());
        notifier.notify(new Notifier.Occurrence(TemplateKey.CASE_SUBMITTED, event.applicant(),
                event.reference().value(), event.serviceCode(), event.at(), Map.of(), dedupe));
    }

    // Checked as the event is published: completing a step the applicant does not hear of gets no outbox entry.
    @ApplicationModuleListener(condition = "#event.action() != 'complete'")
    void on(CaseStatusChanged event) {
        if ("complete".equals(event.action())) return;
        var dedupe = event.reference() + "|" + event.action() + "|" + event.at();
        inbox.deliver(event.applicant(), dedupe, "notifications.case." + event.to(), event.reference().value(),
                event.serviceCode(), event.at());
        templateFor(event.to()).ifPresent(key -> notifier.notify(new Notifier.Occurrence(key, event.applicant(),
                event.reference().value(), event.serviceCode(), event.at(),
                Map.of("note", event.note() == null ? "" : event.note()), dedupe)));
    }

    /**
     * A late case: each head of its department hears of it in the inbox and on the channels they chose,
     * with the date that was missed.
     */
    @ApplicationModuleListener
    void on(CaseEscalated event) {
        for (var head : event.heads()) {
            var dedupe = event.reference() + "|escalate|" + event.at() + "|" + head;
            inbox.deliver(head, dedupe, "notifications.case.escalated", event.reference().value(), event.serviceCode(),
                    event.at());
            var due = variables.dates("due", event.dueAt(), Locale.forLanguageTag("ar"));
            notifier.notify(new Notifier.Occurrence(TemplateKey.SLA_BREACHED, head, event.reference().value(),
                    event.serviceCode(), event.at(), Map.of("department", event.department(),
                    "dueDate", due.get("dueDate") + " " + due.get("dueTime")), dedupe));
        }
    }

    /** Staff wrote to the applicant: the inbox says so; the words are read on the case page. */
    @ApplicationModuleListener
    void on(CaseMessagePosted event) {
        inbox.deliver(event.applicant(), event.reference() + "|message|" + event.noteId(), "notifications.case.message",
                event.reference().value(), event.serviceCode(), event.at());
    }

    /** Steps worth a message outside the portal; the others only reach the inbox. */
    static Optional<TemplateKey> templateFor(String status) {
        return Optional.ofNullable(switch (status) {
            case "INFO_REQUESTED" -> TemplateKey.CASE_NEEDS_INFORMATION;
            case "APPROVED" -> TemplateKey.CASE_APPROVED;
            case "REJECTED" -> TemplateKey.CASE_REJECTED;
            case "READY_FOR_PICKUP" -> TemplateKey.CASE_READY_FOR_PICKUP;
            case "OUT_FOR_DELIVERY" -> TemplateKey.CASE_OUT_FOR_DELIVERY;
            default -> null;
        });
    }
}
