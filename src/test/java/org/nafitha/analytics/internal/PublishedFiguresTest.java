package org.nafitha.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The public performance figures: anyone may read them, and no count below the threshold is ever shown. */
@NafithaTest
class PublishedFiguresTest {

    @LocalServerPort
    int port;
    @Autowired
    RecordingCaseEvents listener;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private void deliver(Object event) {
        RecordingCaseEvents target = AopTestUtils.getUltimateTargetObject(listener);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            if (event instanceof CaseSubmitted e) target.on(e);
            if (event instanceof CaseStatusChanged e) target.on(e);
        });
    }

    /** {@code cases} cases of a service of the test's own, submitted now, the first {@code decided} approved a day later. */
    private String service(int cases, int decided, Channel channel) {
        var service = "analytics-public-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        var now = clock.instant().minus(Duration.ofDays(2));
        for (int i = 0; i < cases; i++) {
            var reference = CaseReference.of("ANP", 2026, ThreadLocalRandom.current().nextLong(1, 99_999_999));
            deliver(new CaseSubmitted(reference, service, "1000000016", "traffic", "SUBMITTED", now, channel));
            if (i < decided) {
                deliver(new CaseStatusChanged(reference, service, "1000000016", "confirm", "PENDING_REVIEW", "APPROVED",
                        "HEAD", null, now.plus(Duration.ofDays(1))));
            }
        }
        return service;
    }

    @Test
    void smallCountsAndFiguresRestingOnFewCasesAreNotPublished() {
        var few = service(3, 3, Channel.ONLINE);
        var many = service(12, 4, Channel.RECEPTION);
        var api = new ApiClient(port);
        var published = api.get("/api/v1/performance", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().path("threshold").asInt()).isEqualTo(10);
        tools.jackson.databind.JsonNode fewLine = null, manyLine = null;
        for (var line : published.body().path("services")) {
            if (line.path("key").asString().equals(few)) fewLine = line;
            if (line.path("key").asString().equals(many)) manyLine = line;
        }
        assertThat(fewLine).isNotNull();
        assertThat(manyLine).isNotNull();
        assertThat(fewLine.path("submitted").isNull()).isTrue();
        assertThat(fewLine.path("completed").isNull()).isTrue();
        assertThat(fewLine.path("medianDays").isNull()).isTrue();
        assertThat(fewLine.path("digitalTakeUp").isNull()).isTrue();
        assertThat(manyLine.path("submitted").asLong()).isEqualTo(12);
        assertThat(manyLine.path("completed").isNull()).as("4 completed is below the threshold").isTrue();
        assertThat(manyLine.path("medianDays").isNull()).as("a median of 4 decisions").isTrue();
        assertThat(manyLine.path("digitalTakeUp").asDouble()).isEqualTo(0.0);
        assertThat(published.raw().body()).doesNotContain("\"submitted\":3,");

        var page = api.get("/performance?lang=en", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("How our services perform", "Fewer than 10");
        assertThat(api.get("/performance?lang=ar&service=good-conduct-certificate", null).raw().body())
                .contains("أداء خدماتنا", "الخدمة شهرًا بشهر");
        assertThat(api.get("/api/v1/performance?service=no-such-service", null).status()).isEqualTo(404);
    }
}
