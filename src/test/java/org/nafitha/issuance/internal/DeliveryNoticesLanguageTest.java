package org.nafitha.issuance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Contacts;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.issuance.DeliveryStatusChanged;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TextMessage;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The courier's notices are written in the language the person reads, like every other notice. */
class DeliveryNoticesLanguageTest {

    @Test
    void aResidentWhoReadsUrduIsToldInUrduAndSomeoneWhoNeverChoseInArabic() {
        var sent = new ArrayList<TextMessage>();
        SmsGateway sms = (message, onPartAccepted) -> {
            sent.add(message);
            return null;
        };
        Contacts contacts = person -> Optional.of(new Contacts.Contact(person, person, "محمد", "Mohammed", "+966567778899"));
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var notices = new DeliveryNotices(contacts, sms, null, messages, person -> "2000000006".equals(person) ? "ur" : "ar");

        var reference = new CaseReference("PSP-2026-000123-3");
        notices.on(new DeliveryStatusChanged(UUID.randomUUID(), reference, "2000000006", DeliveryStatus.PREPARED,
                DeliveryStatus.HANDED_TO_COURIER, "courier1", null, Instant.now()));
        notices.on(new DeliveryStatusChanged(UUID.randomUUID(), reference, "1000000008", DeliveryStatus.PREPARED,
                DeliveryStatus.HANDED_TO_COURIER, "courier1", null, Instant.now()));

        assertThat(sent.get(0).text()).contains("نافذہ").contains(reference.value());
        assertThat(sent.get(1).text()).contains("نافذة").contains(reference.value());
    }
}
