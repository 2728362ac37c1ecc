package org.nafitha.notifications.internal;

import java.util.Locale;
import java.util.Map;

import org.nafitha.detention.DetaineeStatusChanged;
import org.nafitha.detention.DetentionRequestDecided;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The detainee window's events to the family: inbox always, SMS and e-mail as they chose, with the
 * detainee's name, the request type, the decision and the legal status in the reader's language.
 */
@Component
class DetentionNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final MessageSource messages;
    private final MessageVariables variables;

    DetentionNotifications(InboxMessages inbox, Notifier notifier, MessageSource messages, MessageVariables variables) {
        this.variables = variables;
        this.inbox = inbox;
        this.notifier = notifier;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DetentionRequestDecided event) {
        var dedupe = "detention|" + event.reference() + "|" + event.status() + "|" + event.at();
        inbox.deliver(event.requester(), dedupe, "detention.inbox.decided", event.reference(), null, event.at());
        notifier.notify(new Notifier.Occurrence(TemplateKey.DETENTION_REQUEST_DECIDED, event.requester(),
                event.reference(), null, event.at(), Map.of(), dedupe, locale -> Map.of(
                "detainee", name(locale, event.detaineeAr(), event.detaineeEn()),
                "requestType", word("detention.type." + event.type(), locale),
                "decision", decision(event, locale))));
    }

    /** The decision's word; an approved video visit's also says when the call is, how long, and that it is recorded. */
    private String decision(DetentionRequestDecided event, Locale locale) {
        var word = word("detention.requestStatus." + event.status(), locale);
        if (event.visitAt() == null || event.visitMinutes() == null) return word;
        var when = variables.dates("visit", event.visitAt(), locale);
        return messages.getMessage("notifications.detention.videoVisitAt", new Object[] {word, when.get("visitWeekday"),
                when.get("visitDate"), when.get("visitTime"),
                variables.number(event.visitMinutes(), locale)}, locale);
    }

    @ApplicationModuleListener
    void on(DetaineeStatusChanged event) {
        var dedupe = "detention|" + event.fileNumber() + "|" + event.follower() + "|" + event.at();
        inbox.deliver(event.follower(), dedupe, "detention.inbox.changed", event.fileNumber(), null, event.at());
        notifier.notify(new Notifier.Occurrence(TemplateKey.DETENTION_STATUS_CHANGED, event.follower(),
                event.fileNumber(), null, event.at(), Map.of(), dedupe, locale -> Map.of(
                "detainee", name(locale, event.detaineeAr(), event.detaineeEn()),
                "legalStatus", word("detention.status." + event.status(), locale))));
    }

    private static String name(Locale locale, String ar, String en) {
        return "ar".equals(locale.getLanguage()) ? ar : en;
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
