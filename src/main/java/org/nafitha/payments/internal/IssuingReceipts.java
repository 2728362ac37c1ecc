package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.country.AmountInWords;
import org.nafitha.country.Calendars;
import org.nafitha.country.CountryProperties;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.SignedPdfs;
import org.nafitha.issuance.VerificationCode;
import org.nafitha.payments.ChargeStatus;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The receipt of a paid charge: every fee line and fine, the total in figures and in words (Arabic
 * and English), signed like an issued document, with its own verification code behind a QR code.
 * Made once; asking again returns the same signed bytes.
 */
@Service
public class IssuingReceipts {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EN = Locale.ENGLISH;

    /** What anyone holding the receipt's code may check. */
    public record Verified(String code, String amount, String currency, Instant paidAt, ChargeStatus status,
                           String sha256) {
    }

    record Line(String labelAr, String labelEn, String amountAr, String amountEn) {
    }

    private final Dues dues;
    private final SignedPdfs pdfs;
    private final AmountInWords words;
    private final Calendars calendars;
    private final IssuanceProperties issuance;
    private final PublicAddress address;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    IssuingReceipts(Dues dues, SignedPdfs pdfs, AmountInWords words, Calendars calendars, IssuanceProperties issuance,
                    PublicAddress address, MessageSource messages, JdbcClient jdbc, CountryProperties country,
                    Clock clock) {
        this.dues = dues;
        this.pdfs = pdfs;
        this.words = words;
        this.calendars = calendars;
        this.issuance = issuance;
        this.address = address;
        this.messages = messages;
        this.jdbc = jdbc;
        this.zone = country.zone();
        this.clock = clock;
    }

    /** The signed receipt; empty while the charge is not paid. */
    public Optional<byte[]> receipt(Charge charge) {
        if (charge.status() != ChargeStatus.PAID && charge.status() != ChargeStatus.REFUNDED) return Optional.empty();
        var kept = stored(charge);
        if (kept.isPresent()) return kept;
        var code = VerificationCode.random();
        var pdf = pdfs.renderAndSign("payments/pdf/receipt", model(charge, code), verifyUrl(code),
                "Receipt " + charge.id());
        jdbc.sql("""
                        INSERT INTO payment_receipts (charge_id, code, pdf, issued_at) VALUES (:id, :code, :pdf, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", charge.id().value()).param("code", code.value()).param("pdf", pdf)
                .param("at", Timestamp.from(clock.instant())).update();
        return stored(charge);
    }

    public Optional<Verified> verify(String code) {
        return jdbc.sql("""
                        SELECT r.code, r.pdf, c.amount_minor, c.currency, c.status, c.updated_at
                        FROM payment_receipts r JOIN payment_charges c ON c.id = r.charge_id WHERE r.code = :code""")
                .param("code", code)
                .query((rs, n) -> new Verified(rs.getString(1),
                        BigDecimal.valueOf(rs.getLong(3), Currency.getInstance(rs.getString(4))
                                .getDefaultFractionDigits()).toPlainString(), rs.getString(4),
                        rs.getTimestamp(6).toInstant(), ChargeStatus.valueOf(rs.getString(5)), sha256(rs.getBytes(2))))
                .optional();
    }

    private Optional<byte[]> stored(Charge charge) {
        return jdbc.sql("SELECT pdf FROM payment_receipts WHERE charge_id = :id").param("id", charge.id().value())
                .query(byte[].class).optional();
    }

    private Map<String, Object> model(Charge charge, VerificationCode code) {
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
        model.put("verifyUrl", verifyUrl(code));
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

    private String verifyUrl(VerificationCode code) {
        return address.base() + "/api/v1/verify/receipts/" + code.value();
    }

    private static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
