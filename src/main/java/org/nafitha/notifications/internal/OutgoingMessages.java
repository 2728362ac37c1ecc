package org.nafitha.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.messaging.SmsDeliveryReported;
import org.nafitha.notifications.internal.OutgoingMessage.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;

/**
 * Notifications waiting to be sent and what became of them. Any number of nodes may send: a row
 * is claimed by a conditional update on its lease, so only one node holds it at a time.
 */
@Repository
public class OutgoingMessages {

    private static final String COLUMNS = """
            id, recipient, channel, address, language, template_key, case_reference, subject, body, status,
            attempts, failure_reason, created_at, submitted_at, delivered_at""";

    private static final Set<String> FAILED_STATES = Set.of("UNDELIV", "EXPIRED", "REJECTD",
            "DELETED");

    private final JdbcClient jdbc;

    OutgoingMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewMessage(String dedupeKey, String recipient, Channel channel, String address, String language,
                      TemplateKey key, int templateVersion, @Nullable String caseReference, @Nullable String subject,
                      String body) {
    }

    /** @return false when a message with this dedupe key already exists (a redelivered event) */
    boolean enqueue(NewMessage m, Instant now) {
        return enqueue(m, now, now);
    }

    /** As {@link #enqueue(NewMessage, Instant)}, first sent at {@code due} (not before). */
    boolean enqueue(NewMessage m, Instant now, Instant due) {
        return jdbc.sql("""
                        INSERT INTO notification_messages (id, dedupe_key, recipient, channel, address, language,
                            template_key, template_version, case_reference, subject, body, status, attempts,
                            next_attempt_at, created_at)
                        VALUES (:id, :dedupe, :recipient, :channel, :address, :language, :key, :version, :ref,
                            :subject, :body, 'PENDING', 0, :due, :now)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("dedupe", m.dedupeKey()).param("recipient", m.recipient())
                .param("channel", m.channel().name()).param("address", m.address()).param("language", m.language())
                .param("key", m.key().key()).param("version", m.templateVersion()).param("ref", m.caseReference())
                .param("subject", m.subject()).param("body", m.body()).param("now", Timestamp.from(now))
                .param("due", Timestamp.from(due)).update() == 1;
    }

    /**
     * Up to {@code limit} messages due now, leased to {@code owner} until {@code leaseUntil}. A row
     * another node holds is skipped; one whose lease ran out (its sender died) is taken over.
     */
    /** Messages leased together; {@code lease} identifies this claim in the later updates. */
    record Claim(String lease, List<OutgoingMessage> messages) {
    }

    Claim claim(String owner, Instant now, Instant leaseUntil, int limit) {
        var candidates = jdbc.sql("""
                        SELECT id FROM notification_messages
                        WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= :now
                          AND (lease_until IS NULL OR lease_until < :now)
                        ORDER BY next_attempt_at LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
        var lease = owner + "/" + UUID.randomUUID();
        if (candidates.isEmpty()) return new Claim(lease, List.of());
        // One conditional update for the batch: a row another node leased meanwhile no longer
        // matches (PostgreSQL re-checks the condition after waiting for that node's row lock).
        jdbc.sql("""
                        UPDATE notification_messages SET lease_owner = :claim, lease_until = :until,
                               status = 'SENDING', attempts = attempts + 1
                        WHERE id IN (:ids) AND status IN ('PENDING', 'SENDING')
                          AND (lease_until IS NULL OR lease_until < :now)""")
                .param("claim", lease).param("until", Timestamp.from(leaseUntil)).param("ids", candidates)
                .param("now", Timestamp.from(now)).update();
        return new Claim(lease, jdbc.sql("SELECT " + COLUMNS + " FROM notification_messages WHERE lease_owner = :claim")
                .param("claim", lease).query(OutgoingMessages::row).list());
    }

    public Optional<OutgoingMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_messages WHERE id = :id").param("id", id)
                .query(OutgoingMessages::row).optional();
    }

    /** Recorded at once, outside any transaction: the part is at the SMS centre whatever happens next. */
    void recordPart(UUID message, String smscMessageId, Instant at) {
        jdbc.sql("""
                        INSERT INTO notification_sms_parts (smsc_message_id, message_id, accepted_at)
                        VALUES (:smsc, :id, :at) ON CONFLICT DO NOTHING""")
                .param("smsc", smscMessageId).param("id", message).param("at", Timestamp.from(at)).update();
    }

    int partsAccepted(UUID message) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_sms_parts WHERE message_id = :id").param("id", message)
                .query(Integer.class).single();
    }

    @Transactional
    void submitted(UUID id, String owner, Instant at) {
        jdbc.sql("""
                        UPDATE notification_messages SET status = 'SUBMITTED', submitted_at = :at, lease_owner = NULL,
                               lease_until = NULL, failure_reason = NULL
                        WHERE id = :id AND lease_owner = :owner AND status = 'SENDING'""")
                .param("at", Timestamp.from(at)).param("id", id).param("owner", owner).update();
        applyReceipts(id, at);
    }

    void retryLater(UUID id, String owner, Instant next, String reason) {
        jdbc.sql("""
                        UPDATE notification_messages SET status = 'PENDING', next_attempt_at = :next,
                               failure_reason = :reason, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner AND status = 'SENDING'""")
                .param("next", Timestamp.from(next)).param("reason", clip(reason)).param("id", id)
                .param("owner", owner).update();
    }

    void fail(UUID id, String owner, String reason) {
        jdbc.sql("""
                        UPDATE notification_messages SET status = 'FAILED', failure_reason = :reason,
                               lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner AND status = 'SENDING'""")
                .param("reason", clip(reason)).param("id", id).param("owner", owner).update();
    }

    /** Delivery receipts, in one transaction; a repeated one changes nothing. */
    @Transactional
    void reportAll(List<SmsDeliveryReported> reports) {
        reports.forEach(r -> report(r.messageId(), r.state(), r.error(), r.at()));
    }

    private void report(String smscMessageId, String state, @Nullable String error, Instant at) {
        jdbc.sql("""
                        INSERT INTO notification_delivery_reports (smsc_message_id, state, error, reported_at)
                        VALUES (:smsc, :state, :error, :at) ON CONFLICT DO NOTHING""")
                .param("smsc", smscMessageId).param("state", state).param("error", error)
                .param("at", Timestamp.from(at)).update();
        var failed = FAILED_STATES.contains(state);
        jdbc.sql("SELECT message_id FROM notification_sms_parts WHERE smsc_message_id = :smsc")
                .param("smsc", smscMessageId).query(UUID.class).optional()
                .ifPresent(id -> {
                    // the sender's "submitted" update takes this row lock too: one of the two then
                    // sees the other's work, never neither (see also applyLateReceipts)
                    jdbc.sql("SELECT id FROM notification_messages WHERE id = :id FOR UPDATE").param("id", id)
                            .query(UUID.class).optional();
                    if (failed) markUndelivered(id);
                    else if ("DELIVRD".equals(state)) markDelivered(id, at);
                });
    }

    /**
     * A submitted SMS is delivered when every part has a DELIVRD receipt, undelivered as soon as
     * one part's receipt says so. Receipts may come before or after the parts are recorded.
     */
    private void applyReceipts(UUID id, Instant at) {
        markUndelivered(id);
        markDelivered(id, at);
    }

    private void markUndelivered(UUID id) {
        jdbc.sql("""
                        UPDATE notification_messages SET status = 'UNDELIVERED', failure_reason = (
                            SELECT MIN('receipt ' || r.state || COALESCE(' err ' || r.error, ''))
                            FROM notification_sms_parts p JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = :id AND r.state IN ('UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'))
                        WHERE id = :id AND status = 'SUBMITTED' AND EXISTS (
                            SELECT 1 FROM notification_sms_parts p JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = :id AND r.state IN ('UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'))""")
                .param("id", id).update();
    }

    private void markDelivered(UUID id, Instant at) {
        jdbc.sql("""
                        UPDATE notification_messages SET status = 'DELIVERED', delivered_at = :at
                        WHERE id = :id AND status = 'SUBMITTED'
                          AND EXISTS (SELECT 1 FROM notification_sms_parts p WHERE p.message_id = :id)
                          AND NOT EXISTS (
                            SELECT 1 FROM notification_sms_parts p LEFT JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = :id AND (r.state IS NULL OR r.state <> 'DELIVRD'))""")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /**
     * Receipts that came in while their part was still being recorded (neither side saw the
     * other's uncommitted row) are applied here, on every sender round: the states converge.
     */
    void applyLateReceipts(Instant now, Instant since) {
        jdbc.sql("""
                        UPDATE notification_messages m SET status = 'DELIVERED', delivered_at = :now
                        WHERE m.status = 'SUBMITTED' AND m.channel = 'SMS' AND m.submitted_at >= :since
                          AND EXISTS (SELECT 1 FROM notification_sms_parts p WHERE p.message_id = m.id)
                          AND NOT EXISTS (
                            SELECT 1 FROM notification_sms_parts p LEFT JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = m.id AND (r.state IS NULL OR r.state <> 'DELIVRD'))""")
                .param("now", Timestamp.from(now)).param("since", Timestamp.from(since)).update();
        jdbc.sql("""
                        UPDATE notification_messages m SET status = 'UNDELIVERED', failure_reason = (
                            SELECT MIN('receipt ' || r.state || COALESCE(' err ' || r.error, ''))
                            FROM notification_sms_parts p JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = m.id AND r.state IN ('UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'))
                        WHERE m.status = 'SUBMITTED' AND m.channel = 'SMS' AND m.submitted_at >= :since
                          AND EXISTS (
                            SELECT 1 FROM notification_sms_parts p JOIN notification_delivery_reports r
                              ON r.smsc_message_id = p.smsc_message_id
                            WHERE p.message_id = m.id AND r.state IN ('UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED'))""")
                .param("since", Timestamp.from(since)).update();
    }

    public List<OutgoingMessage> forCase(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_messages WHERE case_reference = :ref"
                        + " ORDER BY created_at, channel")
                .param("ref", reference).query(OutgoingMessages::row).list();
    }

    public List<OutgoingMessage> withStatus(Status status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_messages WHERE status = :s"
                        + " ORDER BY created_at DESC LIMIT :limit")
                .param("s", status.name()).param("limit", limit).query(OutgoingMessages::row).list();
    }

    public List<OutgoingMessage> forRecipient(String recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_messages WHERE recipient = :r ORDER BY created_at")
                .param("r", recipient).query(OutgoingMessages::row).list();
    }

    private static String clip(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    private static OutgoingMessage row(ResultSet rs, int n) throws SQLException {
        return new OutgoingMessage(rs.getObject(1, UUID.class), rs.getString(2), Channel.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Status.valueOf(rs.getString(10)), rs.getInt(11), rs.getString(12), instant(rs.getTimestamp(13)),
                nullable(rs.getTimestamp(14)), nullable(rs.getTimestamp(15)));
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static @Nullable Instant nullable(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
