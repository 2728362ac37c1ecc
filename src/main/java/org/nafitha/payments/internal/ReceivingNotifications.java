package org.nafitha.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.PaymentsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway's server-to-server notifications. Signature and freshness first (nothing changes
 * for a forged or stale one); then each notification ID is applied once, kept in the database so
 * a repeat to any node is a no-op; the charge itself only moves as its transition table allows.
 */
@Service
public class ReceivingNotifications {

    /** What the gateway sent, parsed from the signed body. */
    public record Notification(String notificationId, String merchantReference, PaymentGateway.Outcome status,
                               long amountMinor, String currency) {
    }

    private final PaymentsProperties properties;
    private final ConfirmingCharges confirming;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReceivingNotifications(PaymentsProperties properties, ConfirmingCharges confirming, JdbcClient jdbc,
                           AuditTrail audit, Clock clock) {
        this.properties = properties;
        this.confirming = confirming;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<PaymentError> verify(String timestamp, String signature, byte[] body) {
        return NotificationSignature.check(properties.notificationKey(), timestamp, signature, body, clock.instant(),
                properties.replayWindow());
    }

    /** Applies a verified notification; empty when accepted (applied now or before). */
    @Transactional
    public Optional<PaymentError> receive(Notification n) {
        ChargeId charge;
        try {
            charge = ChargeId.parse(n.merchantReference());
        } catch (IllegalArgumentException notOurs) {
            return flagged(n, "not a charge reference");
        }
        var first = jdbc.sql("""
                        INSERT INTO payment_gateway_notifications (notification_id, charge_id, status, outcome, received_at)
                        VALUES (:id, :charge, :status, 'RECEIVED', :at) ON CONFLICT DO NOTHING""")
                .param("id", n.notificationId()).param("charge", n.merchantReference()).param("status", n.status().name())
                .param("at", Timestamp.from(clock.instant())).update() == 1;
        if (!first) return Optional.empty();
        var applied = confirming.apply(new PaymentGateway.Report(charge, n.status(), n.amountMinor(), n.currency()),
                "notification " + n.notificationId());
        jdbc.sql("UPDATE payment_gateway_notifications SET outcome = :o WHERE notification_id = :id")
                .param("o", applied.name()).param("id", n.notificationId()).update();
        return switch (applied) {
            case MOVED, UNCHANGED, LATE_SUCCESS -> Optional.empty();
            case UNKNOWN_CHARGE -> flagged(n, "unknown charge");
            case MISMATCH -> Optional.of(PaymentError.NOTIFICATION_MISMATCH);
        };
    }

    private Optional<PaymentError> flagged(Notification n, String why) {
        audit.record(new AuditEntry(ConfirmingCharges.SYSTEM, "SYSTEM", "payment.mismatch", null, null,
                "notification " + n.notificationId() + " for " + n.merchantReference() + ": " + why));
        return Optional.of(PaymentError.NOTIFICATION_MISMATCH);
    }
}
