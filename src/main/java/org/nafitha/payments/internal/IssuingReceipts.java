package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.issuance.SignedPdfs;
import org.nafitha.issuance.VerificationCode;
import org.nafitha.payments.ChargeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The receipt of a paid charge ({@link ReceiptContent}), signed like an issued document, with its
 * own verification code behind a QR code. Made once; asking again returns the same signed bytes.
 */
@Service
public class IssuingReceipts {

    /** What anyone holding the receipt's code may check. */
    public record Verified(String code, String amount, String currency, Instant paidAt, ChargeStatus status,
                           String sha256) {
    }

    private final ReceiptContent content;
    private final SignedPdfs pdfs;
    private final PublicAddress address;
    private final JdbcClient jdbc;
    private final Clock clock;

    IssuingReceipts(ReceiptContent content, SignedPdfs pdfs, PublicAddress address, JdbcClient jdbc, Clock clock) {
        this.content = content;
        this.pdfs = pdfs;
        this.address = address;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed receipt; empty while the charge is not paid. */
    public Optional<byte[]> receipt(Charge charge) {
        if (charge.status() != ChargeStatus.PAID && charge.status() != ChargeStatus.REFUNDED) return Optional.empty();
        var kept = stored(charge);
        if (kept.isPresent()) return kept;
        var code = VerificationCode.random();
        var pdf = pdfs.renderAndSign("payments/pdf/receipt", content.model(charge, code, verifyUrl(code)),
                verifyUrl(code), "Receipt " + charge.id());
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

    private String verifyUrl(VerificationCode code) {
        return address.base() + "/api/v1/verify/receipts/" + code.value();
    }

    private static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
