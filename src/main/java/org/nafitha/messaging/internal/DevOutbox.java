package org.nafitha.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where messages go when no SMS centre is configured: a table a tester reads on /dev/outbox
 * (demo profile only). Keeps `./mvnw spring-boot:run` working on a bare machine.
 */
@Component
@ConditionalOnMissingBean(value = SmsGateway.class, ignored = DevOutbox.class)
public class DevOutbox implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DevOutbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DevOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        log.warn("No SMS centre configured: text messages are kept in the dev outbox only");
    }

    public record Entry(long id, String msisdn, String account, String text, String purpose, Instant at) {
    }

    @Override
    public void send(TextMessage message) {
        jdbc.sql("""
                        INSERT INTO dev_outbox (msisdn, account, body, purpose, created_at)
                        VALUES (:msisdn, :account, :body, :purpose, :at)""")
                .param("msisdn", message.msisdn()).param("account", message.account()).param("body", message.text())
                .param("purpose", message.purpose()).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The latest messages to a phone number or an account, newest first. */
    public List<Entry> latest(String to, int limit) {
        return jdbc.sql("""
                        SELECT id, msisdn, account, body, purpose, created_at FROM dev_outbox
                        WHERE msisdn = :to OR account = :to ORDER BY id DESC LIMIT :limit""")
                .param("to", to).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
