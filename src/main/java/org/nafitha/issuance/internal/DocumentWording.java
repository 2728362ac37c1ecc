package org.nafitha.issuance.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.registers.CivilRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words and facts an issued document prints, in Arabic and English: the one source of the signed
 * PDF and of its accessible page, so the two never say different things.
 */
@Component
class DocumentWording {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EN = Locale.ENGLISH;

    private final Calendars calendars;
    private final MessageSource messages;
    private final MinistryKey key;
    private final IssuanceProperties properties;

    DocumentWording(Calendars calendars, MessageSource messages, MinistryKey key, IssuanceProperties properties) {
        this.calendars = calendars;
        this.messages = messages;
        this.key = key;
        this.properties = properties;
    }

    PrintedDocument printed(IssuedDocument d, @Nullable CivilRecord record, Instant now) {
        var url = properties.publicBaseUrl().replaceAll("/+$", "") + "/verify/" + d.code().value();
        return new PrintedDocument(properties.ministryNameAr(), properties.ministryNameEn(), d.typeAr(), d.typeEn(),
                d.holderNameAr(), d.holderNameEn(), d.holderId(),
                record == null ? "—" : calendars.date(record.dateOfBirth(), AR),
                record == null ? "—" : calendars.date(record.dateOfBirth(), EN),
                calendars.date(d.issuedOn(), AR), calendars.date(d.issuedOn(), EN),
                d.caseReference().value(), d.code().grouped(), url, key.isDemo(),
                labels(AR, d.typeAr(), properties.ministryNameAr()), labels(EN, d.typeEn(), properties.ministryNameEn()));
    }

    private Map<String, String> labels(Locale locale, String type, String ministry) {
        var labels = new LinkedHashMap<String, String>();
        for (var name : new String[]{"name", "id", "born", "reference", "issued", "verify", "signed", "qr", "seal", "demo"}) {
            labels.put(name, messages.getMessage("issuance.pdf." + name, null, locale));
        }
        labels.put("statement", messages.getMessage("issuance.pdf.statement", new Object[]{ministry, type}, locale));
        return labels;
    }
}
