package org.nafitha.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's in-app messages. The dedupe key makes a redelivered event a no-op. */
@Repository
public class InboxMessages {

    private final JdbcClient jdbc;

    InboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(name = "InboxMessage")
    public record Message(UUID id, String messageKey, String caseReference, String serviceCode, Instant createdAt,
                          boolean read) {
    }

    /** @return false when this message was already delivered */
    boolean deliver(String recipient, String dedupeKey, String messageKey, String caseReference, String serviceCode,
                    Instant at) {
        // ON CONFLICT rather than catching the duplicate: on PostgreSQL a failed insert would abort
        // the listener's transaction, and with it the SMS and e-mail rows written next.
        return jdbc.sql("""
                        INSERT INTO inbox_messages (id, recipient, dedupe_key, message_key, case_reference,
                                                    service_code, created_at)
                        VALUES (:id, :recipient, :dedupe, :key, :ref, :service, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("recipient", recipient).param("dedupe", dedupeKey)
                .param("key", messageKey).param("ref", caseReference).param("service", serviceCode)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    public List<Message> forRecipient(String recipient, int limit) {
        return jdbc.sql("""
                        SELECT id, message_key, case_reference, service_code, created_at, read_at FROM inbox_messages
                        WHERE recipient = :r ORDER BY created_at DESC, id LIMIT :limit""")
                .param("r", recipient).param("limit", limit)
                .query((rs, n) -> new Message(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null))
                .list();
    }

    public long unread(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_messages WHERE recipient = :r AND read_at IS NULL")
                .param("r", recipient).query(Long.class).single();
    }

    public void markAllRead(String recipient, Instant at) {
        jdbc.sql("UPDATE inbox_messages SET read_at = :at WHERE recipient = :r AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("r", recipient).update();
    }
}
