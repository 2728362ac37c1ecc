package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.country.AmountInWords;
import org.nafitha.country.Calendars;
import org.nafitha.country.CountryProperties;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.VerificationCode;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a paid charge's receipt says, in Arabic and English: every fee line and fine, the total in
 * figures and in words, the day it was paid (in the country's time zone), who paid it.
 */
@Component
class ReceiptContent {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EN = Locale.ENGLISH;

    record Line(String labelAr, String labelEn, String amountAr, String amountEn) {
    }

    private final Dues dues;
    private final AmountInWords words;
    private final Calendars calendars;
    private final IssuanceProperties issuance;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    ReceiptContent(Dues dues, AmountInWords words, Calendars calendars, IssuanceProperties issuance,
                   MessageSource messages, JdbcClient jdbc, CountryProperties country) {
        this.dues = dues;
        this.words = words;
        this.calendars = calendars;
        this.issuance = issuance;
        this.messages = messages;
        this.jdbc = jdbc;
        this.zone = country.zone();
    }

    Map<String, Object> model(Charge charge, VerificationCode code, String verifyUrl) {
        var lines = dues.ofCharge(charge.id()).stream().flatMap(d -> d.lines().stream())
                .map(l -> new Line(l.label().ar(), l.label().en(), calendars.money(l.amount().amount(), AR),
                        calendars.money(l.amount().amount(), EN)))
                .toList();
        var total = charge.amount();
        var paidOn = LocalDate.ofInstant(paidAt(charge), zone);
        var model = new LinkedHashMap<String, Object>();
        model.put("ministryAr", issuance.ministryNameAr());
        model.put("ministryEn", issuance.ministryNameEn());
        model.put("lines", lines);
        model.put("totalAr", calendars.money(total.amount(), AR));
        model.put("totalEn", calendars.money(total.amount(), EN));
        model.put("wordsAr", words.say(total.amount(), total.currency(), AR));
        model.put("wordsEn", words.say(total.amount(), total.currency(), EN));
        model.put("paidAr", calendars.date(paidOn, AR));
        model.put("paidEn", calendars.date(paidOn, EN));
        model.put("payer", charge.payer());
        model.put("charge", charge.id().toString());
        model.put("code", code.grouped());
        model.put("verifyUrl", verifyUrl);
        model.put("ar", labels(AR));
        model.put("en", labels(EN));
        return model;
    }

    private Instant paidAt(Charge charge) {
        return jdbc.sql("SELECT MIN(at) FROM payment_charge_history WHERE charge_id = :id AND to_status = 'PAID'")
                .param("id", charge.id().value()).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(charge.createdAt());
    }

    private Map<String, String> labels(Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        for (var name : List.of("title", "payer", "charge", "paid", "item", "amount", "total", "words", "verify", "signed")) {
            labels.put(name, messages.getMessage("payments.receipt." + name, null, locale));
        }
        return labels;
    }
}
