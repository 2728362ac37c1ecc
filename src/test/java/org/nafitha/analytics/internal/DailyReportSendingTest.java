package org.nafitha.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.analytics.AnalyticsProperties;
import org.nafitha.country.Calendars;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.operations.DailyClaims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily report goes to leadership once the configured hour has come, once per day however many
 * nodes run the timer. Each "node" here is its own instance of the sender with its own clock, on
 * the one database, as nodes are; the day is far in the future so that no other run has claimed it (within the Hijri calendar's range, which the
 * messages' dates use).
 */
@NafithaTest
@AutoConfigureMockMvc
class DailyReportSendingTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AnalyticsProperties properties;
    @Autowired
    Calendars calendars;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DailyClaims days;

    private final LocalDate day = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5_000));

    @Test
    void leadershipGetsYesterdaysReportOnceWhenTheHourHasComeHoweverManyNodesTry() throws Exception {
        var morning = day.plusDays(1);
        assertThat(properties.reportAt()).isEqualTo(LocalTime.of(7, 0));

        assertThat(send(node(morning, LocalTime.of(6, 59)))).isEmpty();
        assertThat(send(node(morning, LocalTime.of(7, 1)))).contains(day);
        assertThat(send(node(morning, LocalTime.of(7, 6)))).isEmpty();
        assertThat(send(node(morning.plusDays(1), LocalTime.of(9, 30)))).as("the next day has its own report")
                .contains(morning);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM analytics_daily_reports WHERE report_day = :d").param("d", day)
                .query(Long.class).single()).isEqualTo(1);

        var leader = MvcVisitor.signedInOnce(mvc, port, "leader1");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxLines("leader1", day) == 1);
        var inbox = leader.perform(get("/inbox")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("/staff/analytics/report.pdf?day=" + day, "/staff/analytics/report.csv?day=" + day);
        var pdf = leader.perform(get("/staff/analytics/report.pdf").param("day", day.toString())).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(leader.perform(get("/staff/analytics/report.csv").param("day", day.toString())).getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(day + ",TOTAL,");
        assertThat(inboxLines("police-head", day)).as("a head is not leadership").isZero();
    }

    @Test
    void ofNodesRacingForTheSameDayExactlyOneSendsIt() throws Exception {
        var racers = 4;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Optional<LocalDate>>>();
        for (int i = 0; i < racers; i++) {
            var node = node(day.plusDays(1), LocalTime.of(8, i));
            tasks.add(() -> {
                start.await();
                return send(node);
            });
        }
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            var sent = 0;
            for (var f : futures) if (f.get().isPresent()) sent++;
            assertThat(sent).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxLines("leader1", day) == 1);
    }

    private SendingDailyReports node(LocalDate on, LocalTime at) {
        var clock = Clock.fixed(on.atTime(at).atZone(calendars.zone()).toInstant(), calendars.zone());
        return new SendingDailyReports(days, staff, properties, calendars, clock);
    }

    private Optional<LocalDate> send(SendingDailyReports node) {
        // called as the timer calls it, outside any transaction: the listeners must still hear of the report
        return node.sendIfDue();
    }

    private long inboxLines(String recipient, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_messages WHERE recipient = :r AND message_key = :k AND case_reference = :d")
                .param("r", recipient).param("k", "notifications.analytics.dailyReport").param("d", day.toString())
                .query(Long.class).single();
    }
}
