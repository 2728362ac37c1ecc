package org.nafitha.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event a node left unfinished (it died half-way through a listener) is handed to its listener
 * again by the recovery timer, on whichever node runs it — not only when the same node restarts.
 */
@NafithaTest
class OutboxRecoveryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void anEventLeftUnfinishedLongAgoIsHandledAgainAndAFreshOneIsLeftToItsNode() throws Exception {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        var listener = "%CaseNotifications%";
        var id = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT id FROM event_publication WHERE listener_id LIKE :listener
                        AND serialized_event LIKE :reference AND completion_date IS NOT NULL""")
                .param("listener", listener).param("reference", "%" + reference + "%")
                .query(UUID.class).optional(), found -> found.isPresent()).orElseThrow();

        // as a node that died half-way leaves it: unfinished, published ten minutes ago
        jdbc.sql("""
                        UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED',
                        publication_date = :then WHERE id = :id""")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)))).param("id", id).update();
        resubmit();
        await().atMost(Duration.ofSeconds(30)).until(() -> completed(id));

        // one just published is still its own node's to finish
        jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED', publication_date = :now WHERE id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", id).update();
        resubmit();
        Thread.sleep(1_000);
        assertThat(completed(id)).isFalse();
        jdbc.sql("UPDATE event_publication SET completion_date = :now, status = 'COMPLETED' WHERE id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", id).update();
    }

    private boolean completed(UUID id) {
        return jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = :id")
                .param("id", id).query(Boolean.class).single();
    }

    private void resubmit() throws ReflectiveOperationException {
        var recovery = context.getBean("outboxRecovery");
        var method = recovery.getClass().getDeclaredMethod("resubmit");
        method.setAccessible(true);
        method.invoke(recovery);
    }
}
