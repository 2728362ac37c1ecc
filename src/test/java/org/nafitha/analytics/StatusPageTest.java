package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.analytics.internal.StatusChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public status page: each dependency's state from the health indicators, and a history one node records per slot. */
@NafithaTest
class StatusPageTest {

    @LocalServerPort
    int port;
    @Autowired
    StatusChecks checks;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ofTwoNodesCheckingAtOnceOneRecordsTheSlotAndAnyoneReadsThePage() throws Exception {
        // A slot of its own, days ahead, that the scheduled check has not taken.
        clock.advance(Duration.ofDays(100 + ThreadLocalRandom.current().nextInt(5_000)));
        List<Callable<Boolean>> nodes = List.of(() -> checks.record(Duration.ofMinutes(5)),
                () -> checks.record(Duration.ofMinutes(5)));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var recorded = pool.invokeAll(nodes).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(recorded).containsExactlyInAnyOrder(true, false);
        }
        assertThat(checks.now()).containsEntry("db", StatusChecks.State.UP).doesNotContainKey("ping");
        var db = checks.components().stream().filter(c -> c.name().equals("db")).findFirst().orElseThrow();
        assertThat(db.days()).anySatisfy(d -> assertThat(d.checks()).isEqualTo(1));
        assertThat(db.availability()).isEqualTo(100.0);

        var api = new ApiClient(port);
        var english = api.get("/status?lang=en", null);
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.raw().body()).contains("Service status", "Database", "Operational",
                "Available 100.00% of the time over the last 90 days", "No outage recorded.");
        assertThat(api.get("/status?lang=ar", null).raw().body()).contains("حالة الخدمات", "قاعدة البيانات", "تعمل");
    }
}
