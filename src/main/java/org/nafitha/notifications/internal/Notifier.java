package org.nafitha.notifications.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Contacts;
import org.nafitha.messaging.PushGateway;
import org.springframework.stereotype.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.function.Function;

/**
 * Writes the outgoing messages for one event and one reader, on the channels they chose, in
 * their language, from the current template version. Runs inside the event listener's
 * transaction; the dedupe key turns a redelivered event into a no-op.
 */
@Component
class Notifier {

    private final NotificationTemplates templates;
    private final Preferences preferences;
    private final Contacts contacts;
    private final MessageVariables variables;
    private final OutgoingMessages messages;
    private final Devices devices;
    private final PushGateway push;
    private final Clock clock;

    Notifier(NotificationTemplates templates, Preferences preferences, Contacts contacts, MessageVariables variables,
             OutgoingMessages messages, Devices devices, PushGateway push, Clock clock) {
        this.templates = templates;
        this.preferences = preferences;
        this.contacts = contacts;
        this.variables = variables;
        this.messages = messages;
        this.devices = devices;
        this.push = push;
        this.clock = clock;
    }

    /** What happened, to whom; {@code extra} carries the event's own variables (note, office, ...). */
    record Occurrence(TemplateKey key, String recipient, String reference, @Nullable String serviceCode,
                      Instant at, Map<String, String> extra, String dedupeKey,
                      Function<Locale, Map<String, String>> inLanguage) {

        Occurrence(TemplateKey key, String recipient, String reference, @Nullable String serviceCode,
                   Instant at, Map<String, String> extra, String dedupeKey) {
            this(key, recipient, reference, serviceCode, at, extra, dedupeKey, locale -> Map.of());
        }
    }

    void notify(Occurrence o) {
        notify(o, Duration.ZERO);
    }

    /** As {@link #notify(Occurrence)}, with the messages first sent {@code after} from now. */
    void notify(Occurrence o, Duration after) {
        var preference = preferences.of(o.recipient());
        var contact = contacts.find(o.recipient()).orElse(null);
        var locale = Locale.forLanguageTag(preference.language());
        var values = new HashMap<>(variables.of(locale, contact, o.reference(), o.serviceCode(), o.at(), o.extra()));
        values.putAll(o.inLanguage().apply(locale)); // e.g. an office's name and an appointment's date in the reader's language
        if (preference.bySms() && contact != null && contact.mobile() != null) {
            enqueue(o, Channel.SMS, contact.mobile(), preference.language(), values, after);
        }
        if (preference.byEmail() && preference.email() != null) {
            enqueue(o, Channel.EMAIL, preference.email(), preference.language(), values, after);
        }
        if (preference.byPush()) {
            // one message per device, so a device the push service has forgotten fails alone
            for (var device : devices.of(o.recipient())) {
                if (push.delivers(device.platform())) {
                    enqueue(o, Channel.PUSH, device.id().toString(), preference.language(), values, after);
                }
            }
        }
    }

    private void enqueue(Occurrence o, Channel channel, String address, String language, Map<String, String> values,
                         Duration after) {
        var template = templates.currentOrEnglish(o.key(), language, channel)
                .orElseThrow(() -> new IllegalStateException("no template " + o.key() + "/" + language + "/" + channel));
        var subject = template.subject() == null ? null : TemplateText.render(template.subject(), values);
        var dedupe = o.dedupeKey() + "|" + channel + (channel == Channel.PUSH ? "|" + address : "");
        messages.enqueue(new OutgoingMessages.NewMessage(dedupe, o.recipient(), channel, address,
                language, o.key(), template.version(), o.reference(), subject,
                TemplateText.render(template.body(), values)), clock.instant(), clock.instant().plus(after));
    }
}
