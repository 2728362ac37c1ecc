package org.nafitha.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.nafitha.messaging.MailMessage;
import org.nafitha.messaging.SmsSent;
import org.nafitha.messaging.TextMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Where messages go when no SMS centre or mail server is configured: a table a tester reads on
 * /dev/outbox (demo profile only). Keeps `./mvnw spring-boot:run` working on a bare machine.
 */
@Component
public class DevOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    DevOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code channel} is {@code sms} or {@code email}; {@code subject} only for e-mail. */
    public record Entry(long id, String msisdn, String account, String text, String purpose, Instant at,
                        String channel, @Nullable String subject) {
    }

    SmsSent keep(TextMessage message, Consumer<String> onAccepted) {
        var id = "dev-" + insert("sms", message.msisdn(), message.account(), null, message.text(), message.purpose());
        onAccepted.accept(id);
        return new SmsSent(List.of(id));
    }

    void keep(MailMessage message) {
        insert("email", message.to(), message.account(), message.subject(), message.text(), message.purpose());
    }

    private long insert(String channel, String to, String account, @Nullable String subject, String body,
                        String purpose) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO dev_outbox (msisdn, account, body, purpose, created_at, channel, subject)
                        VALUES (:to, :account, :body, :purpose, :at, :channel, :subject)""")
                .param("to", to).param("account", account).param("body", body).param("purpose", purpose)
                .param("at", Timestamp.from(clock.instant())).param("channel", channel).param("subject", subject)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The latest messages to a phone number, an e-mail address or an account, newest first. */
    public List<Entry> latest(String to, int limit) {
        return jdbc.sql("""
                        SELECT id, msisdn, account, body, purpose, created_at, channel, subject FROM dev_outbox
                        WHERE msisdn = :to OR account = :to ORDER BY id DESC LIMIT :limit""")
                .param("to", to).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)))
                .list();
    }
}
