package org.nafitha.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.analytics.CaseHandledAtOffice;
import org.nafitha.analytics.Histograms;
import org.nafitha.cases.CaseEscalated;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry redelivers an event whose listener failed, and events of one case
 * may be handled in any order: the roll-ups count each event once, whatever arrives when.
 */
@NafithaTest
class RecordingCaseEventsTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Autowired
    RecordingCaseEvents listener;
    @Autowired
    KeyFigures figures;
    @Autowired
    Dashboards dashboards;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * Delivers an event as the registry does (in a transaction of its own) but on this thread, so
     * the test knows when it was handled.
     */
    private void deliver(Object event) {
        RecordingCaseEvents target = AopTestUtils.getUltimateTargetObject(listener);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            switch (event) {
                case CaseSubmitted e -> target.on(e);
                case CaseStatusChanged e -> target.on(e);
                case CaseEscalated e -> target.on(e);
                case CaseHandledAtOffice e -> target.on(e);
                default -> throw new IllegalArgumentException(event.toString());
            }
        });
    }

    /** A service and department of the test's own, so that nothing else is counted with it. */
    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static CaseReference reference() {
        return CaseReference.of("ANX", 2031, ThreadLocalRandom.current().nextLong(1, 9_999_999));
    }

    private KeyFigures.Figures of(String service, Instant at) {
        var day = LocalDate.ofInstant(at, RIYADH);
        return figures.of(new KeyFigures.Filter(day.minusDays(1), day.plusDays(10), service, null, null));
    }

    private long booked(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM analytics_case_steps WHERE case_reference = :r AND booked = TRUE")
                .param("r", reference).query(Long.class).single();
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        var service = unique("analytics-redelivery");
        var reference = reference();
        var at = Instant.parse("2031-03-10T08:00:00Z");
        var submitted = new CaseSubmitted(reference, service, "1000000016", "traffic", "SUBMITTED", at, Channel.RECEPTION);
        var approved = new CaseStatusChanged(reference, service, "1000000016", "confirm", "PENDING_REVIEW", "APPROVED",
                "HEAD", null, at.plus(Duration.ofDays(3)));
        deliver(submitted);
        deliver(approved);
        assertThat(of(service, at).completed()).isEqualTo(1);
        deliver(submitted);
        deliver(approved);
        deliver(approved);
        var counted = of(service, at);
        assertThat(counted.submitted()).isEqualTo(1);
        assertThat(counted.completed()).isEqualTo(1);
        assertThat(counted.medianDays()).isEqualTo(3);
        assertThat(counted.channels()).containsEntry("RECEPTION", 1L);
        assertThat(counted.costPerTransaction()).isEqualByComparingTo("38.00");
        assertThat(counted.slaCompliance()).isEqualTo(1.0);
    }

    @Test
    void aDecisionHandledBeforeItsSubmissionWaitsForItAndALateEscalationMakesItLate() {
        var service = unique("analytics-order");
        var reference = reference();
        var at = Instant.parse("2031-05-20T10:00:00Z");
        var refused = new CaseStatusChanged(reference, service, "1000000016", "reject", "SUBMITTED", "REJECTED",
                "OFFICER", "لا تنطبق الشروط", at.plus(Duration.ofDays(8)), "not-eligible");
        deliver(refused);
        assertThat(of(service, at).refused()).isZero();

        deliver(new CaseSubmitted(reference, service, "1000000016", "traffic", "SUBMITTED", at, Channel.ONLINE));
        assertThat(of(service, at).refused()).isEqualTo(1);
        assertThat(of(service, at).slaCompliance()).isEqualTo(1.0);
        assertThat(of(service, at).p90Days()).isEqualTo(8);

        // The escalation (five days in) is handled only now: the decision counts as late after all, once.
        var escalated = new CaseEscalated(reference, service, "traffic", "SUBMITTED", "traffic1",
                List.of("traffic-head"), at.plus(Duration.ofDays(5)), at.plus(Duration.ofDays(5)));
        deliver(escalated);
        deliver(escalated);
        assertThat(booked(reference.value())).isEqualTo(2);
        assertThat(of(service, at).slaCompliance()).isEqualTo(0.0);
        var counted = of(service, at);
        assertThat(counted.submitted()).isEqualTo(1);
        assertThat(counted.refused()).isEqualTo(1);
        assertThat(counted.completionRate()).isEqualTo(0.0);
    }
    @Test
    void theBacklogAtAPeriodsEndCountsWhatWasOpenThenByAgeAndAppealsAreCountedByTheirOwnOutcome() {
        var service = unique("analytics-backlog");
        var day = LocalDate.of(2025, 3, 1);
        var approved = reference();
        var withdrawn = reference();
        var open = reference();
        var old = reference();
        deliver(submitted(approved, service, at(day)));
        deliver(submitted(withdrawn, service, at(day.plusDays(1))));
        deliver(submitted(open, service, at(day.plusDays(4))));
        deliver(submitted(old, service, at(day.minusDays(59))));
        deliver(new CaseStatusChanged(approved, service, "1000000016", "confirm", "PENDING_REVIEW", "APPROVED", "HEAD",
                null, at(day.plusDays(2))));
        deliver(new CaseStatusChanged(withdrawn, service, "1000000016", "withdraw", "SUBMITTED", "WITHDRAWN", "APPLICANT",
                null, at(day.plusDays(3))));

        var early = figures.backlog(new KeyFigures.Filter(day.minusDays(1), day.plusDays(1), service, null, null));
        assertThat(early.open()).as("on 2 March: the approved, the withdrawn and the old case").isEqualTo(3);
        var later = figures.backlog(new KeyFigures.Filter(day, day.plusDays(9), service, null, null));
        assertThat(later.open()).as("on 10 March: the open case (5 days) and the old one (68 days)").isEqualTo(2);
        assertThat(later.byAge()).containsEntry("0-7", 1L).containsEntry("8-30", 0L).containsEntry("31-90", 1L)
                .containsEntry("91+", 0L);
        assertThat(later.medianAgeDays()).isEqualTo(5);

        // A refused case appealed twice over (two refused cases): one appeal approved, one still waiting.
        var refused = reference();
        var appeal = reference();
        var waiting = reference();
        deliver(submitted(refused, service, at(day)));
        deliver(new CaseStatusChanged(refused, service, "1000000016", "reject", "SUBMITTED", "REJECTED", "OFFICER",
                "لا تنطبق الشروط", at(day.plusDays(1)), "not-eligible"));
        deliver(submitted(appeal, service, at(day.plusDays(2))));
        var appealed = new CaseStatusChanged(refused, service, "1000000016", "appealed", "REJECTED", "REJECTED",
                "APPLICANT", appeal.value(), at(day.plusDays(2)));
        deliver(appealed);
        deliver(appealed);
        deliver(new CaseStatusChanged(appeal, service, "1000000016", "confirm", "PENDING_REVIEW", "APPROVED", "HEAD", null,
                at(day.plusDays(5))));
        deliver(submitted(waiting, service, at(day.plusDays(3))));
        deliver(new CaseStatusChanged(reference(), service, "1000000016", "appealed", "REJECTED", "REJECTED",
                "APPLICANT", waiting.value(), at(day.plusDays(3))));

        var appeals = figures.appeals(new KeyFigures.Filter(day, day.plusDays(9), service, null, null));
        assertThat(appeals).isEqualTo(new KeyFigures.Appeals(2, 1, 0, 0, 1));
        assertThat(figures.appeals(new KeyFigures.Filter(day.plusDays(4), day.plusDays(9), service, null, null)).lodged())
                .as("lodged before the period").isZero();
    }

    @Test
    void aCaseIsCountedUnderTheOfficeLastToldWithAllItHadCountedAndInAnyOrder() {
        var service = unique("analytics-office");
        var malaz = unique("office-malaz");
        var olaya = unique("office-olaya");
        var day = LocalDate.of(2025, 6, 1);
        var late = reference();
        var withdrawn = reference();
        var open = reference();
        deliver(submitted(late, service, at(day)));
        deliver(new CaseEscalated(late, service, "passports", "SUBMITTED", "officer1", List.of("head1"),
                at(day.plusDays(5)), at(day.plusDays(5))));
        deliver(new CaseStatusChanged(late, service, "1000000016", "confirm", "PENDING_REVIEW", "APPROVED", "HEAD", null,
                at(day.plusDays(6))));
        deliver(submitted(withdrawn, service, at(day.plusDays(1))));
        deliver(new CaseStatusChanged(withdrawn, service, "1000000016", "withdraw", "SUBMITTED", "WITHDRAWN", "APPLICANT",
                null, at(day.plusDays(2))));
        // Told before its submission is seen: the case is counted there from the start.
        deliver(new CaseHandledAtOffice(open, olaya, at(day.plusDays(2))));
        deliver(submitted(open, service, at(day.plusDays(2))));
        var period = new KeyFigures.Filter(day, day.plusDays(9), service, null, null);
        assertThat(figures.of(atOffice(period, RollUps.NO_OFFICE)).submitted()).isEqualTo(2);

        // An appointment booked for the decided case: its submission, decision, days and lateness move with it.
        var booked = new CaseHandledAtOffice(late, malaz, at(day.plusDays(7)));
        deliver(booked);
        deliver(booked);
        // The withdrawn case is booked at one office, then at another; the first news, redelivered late, changes nothing.
        var first = new CaseHandledAtOffice(withdrawn, malaz, at(day.plusDays(1)));
        deliver(first);
        deliver(new CaseHandledAtOffice(withdrawn, olaya, at(day.plusDays(1)).plusSeconds(60)));
        deliver(first);

        var atMalaz = figures.of(atOffice(period, malaz));
        assertThat(atMalaz.submitted()).isEqualTo(1);
        assertThat(atMalaz.completed()).isEqualTo(1);
        assertThat(atMalaz.medianDays()).isEqualTo(6);
        assertThat(atMalaz.slaCompliance()).isEqualTo(0.0);
        var atOlaya = figures.of(atOffice(period, olaya));
        assertThat(atOlaya.submitted()).isEqualTo(2);
        assertThat(atOlaya.withdrawn()).isEqualTo(1);
        assertThat(atOlaya.completed()).isZero();
        assertThat(atOlaya.medianDays()).isNull();
        var nowhere = figures.of(atOffice(period, RollUps.NO_OFFICE));
        assertThat(nowhere.submitted()).isZero();
        assertThat(nowhere.completed()).isZero();
        assertThat(nowhere.medianDays()).isNull();
        // All offices together: the same as before anything moved.
        var all = figures.of(period);
        assertThat(all.submitted()).isEqualTo(3);
        assertThat(all.completed()).isEqualTo(1);
        assertThat(all.withdrawn()).isEqualTo(1);
        assertThat(all.slaCompliance()).isEqualTo(0.0);

        // Each office's figures are a count of its own cases, as the cases stand.
        for (var office : List.of(malaz, olaya, RollUps.NO_OFFICE)) {
            var filter = atOffice(period, office);
            assertThat(figures.of(filter).submitted()).as(office).isEqualTo(jdbc.sql("""
                            SELECT COUNT(*) FROM analytics_cases WHERE service_code = :s AND office = :o""")
                    .param("s", service).param("o", office).query(Long.class).single());
        }
        assertThat(figures.backlog(atOffice(period, olaya)).open()).isEqualTo(1);
        assertThat(figures.backlog(atOffice(period, malaz)).open()).isZero();
        assertThat(dashboards.late(atOffice(period, malaz), RIYADH, 10))
                .extracting(Dashboards.LateCase::reference).containsExactly(late.value());
        assertThat(dashboards.late(atOffice(period, olaya), RIYADH, 10)).isEmpty();
        assertThat(dashboards.daysTaken(atOffice(period, malaz))).containsExactly(new Dashboards.DaysTaken(6, 1));
        assertThat(dashboards.daysTaken(atOffice(period, RollUps.NO_OFFICE))).as("moved, not copied").isEmpty();
    }

    /**
     * A case's submission and its office handled at the same moment on two threads: whichever commits first,
     * the case ends up counted once, under its office, in the roll-ups and in the backlog.
     */
    @Test
    void aSubmissionAndItsOfficeHandledAtOnceCountTheCaseOnceUnderItsOffice() throws Exception {
        var service = unique("analytics-office-race");
        var office = unique("office-khobar");
        var at = at(LocalDate.of(2025, 11, 2));
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 40; i++) {
                var reference = reference();
                var start = new CountDownLatch(1);
                var submitted = pool.submit(() -> {
                    start.await();
                    return redelivered(submitted(reference, service, at));
                });
                var located = pool.submit(() -> {
                    start.await();
                    return redelivered(new CaseHandledAtOffice(reference, office, at.plusSeconds(600)));
                });
                start.countDown();
                submitted.get();
                located.get();
            }
        } finally {
            pool.shutdown();
        }
        var day = LocalDate.ofInstant(at, RIYADH);
        var period = new KeyFigures.Filter(day, day, service, null, null);
        assertThat(figures.of(atOffice(period, office)).submitted()).isEqualTo(40);
        assertThat(figures.of(atOffice(period, RollUps.NO_OFFICE)).submitted()).isZero();
        assertThat(figures.backlog(atOffice(period, office)).open()).isEqualTo(40);
        assertThat(figures.backlog(atOffice(period, RollUps.NO_OFFICE)).open()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM analytics_cases WHERE service_code = :s AND office = :o")
                .param("s", service).param("o", office).query(Long.class).single()).isEqualTo(40);
    }

    /**
     * Delivers as the event publication registry does under contention: a delivery that fails (a lock timeout,
     * a key taken by the other transaction) is delivered again. @return how many deliveries it took
     */
    private int redelivered(Object event) {
        for (int attempt = 1; ; attempt++) {
            try {
                deliver(event);
                return attempt;
            } catch (DataAccessException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /**
     * The backlog is read from kept counts, not from the cases: at the end of any day, for every office and for
     * all, it equals a count over the cases as they stand — submitted by then and not ended by then, by age.
     */
    @Test
    void theBacklogKeptAsCountsEqualsADirectCountOverTheCasesAtTheEndOfEveryDay() {
        var service = unique("analytics-backlog-counts");
        var office = unique("office-dammam");
        var random = new Random(24);
        var first = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < 60; i++) {
            var reference = reference();
            // any hour of the day, the small hours too: the country's day is not the UTC day
            var submitted = first.atStartOfDay(RIYADH).toInstant().plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            var end = submitted.plus(Duration.ofMinutes(random.nextInt(25 * 24 * 60)));
            var located = new CaseHandledAtOffice(reference, office, submitted.plus(Duration.ofHours(random.nextInt(40 * 24))));
            if (random.nextInt(4) == 0) deliver(located); // told before the submission is seen
            deliver(submitted(reference, service, submitted));
            switch (random.nextInt(3)) {
                case 0 -> deliver(new CaseStatusChanged(reference, service, "1000000016", "withdraw", "SUBMITTED",
                        "WITHDRAWN", "APPLICANT", null, end));
                case 1 -> deliver(new CaseStatusChanged(reference, service, "1000000016", "confirm", "PENDING_REVIEW",
                        "APPROVED", "HEAD", null, end));
                default -> {
                    // still open
                }
            }
            if (random.nextInt(3) == 0) deliver(located); // told after: moved, open or ended
        }
        for (var day = first.minusDays(1); day.isBefore(first.plusDays(60)); day = day.plusDays(1)) {
            for (var where : Arrays.asList(null, office, RollUps.NO_OFFICE)) {
                var filter = new KeyFigures.Filter(day.minusDays(6), day, service, null, null, where);
                assertThat(figures.backlog(filter)).as("%s at %s", day, where).isEqualTo(directBacklog(service, where, day));
            }
        }
    }

    /** The backlog at the end of {@code day} counted straight from the cases analytics holds. */
    private KeyFigures.Backlog directBacklog(String service, @Nullable String office, LocalDate day) {
        var end = Timestamp.from(day.plusDays(1).atStartOfDay(RIYADH).toInstant());
        var ages = new TreeMap<Long, Long>();
        jdbc.sql("""
                        SELECT submitted_at FROM analytics_cases WHERE service_code = :s
                        AND (CAST(:o AS VARCHAR(40)) IS NULL OR office = :o)
                        AND submitted_at < :end AND (ended_at IS NULL OR ended_at >= :end)""")
                .param("s", service).param("o", office).param("end", end)
                .query(Instant.class).list()
                .forEach(at -> ages.merge(ChronoUnit.DAYS.between(LocalDate.ofInstant(at, RIYADH), day),
                        1L, Long::sum));
        var bands = new LinkedHashMap<String, Long>();
        for (var band : List.of("0-7", "8-30", "31-90", "91+")) bands.put(band, 0L);
        ages.forEach((days, cases) -> bands.merge(days <= 7 ? "0-7" : days <= 30 ? "8-30" : days <= 90 ? "31-90" : "91+",
                cases, Long::sum));
        var open = ages.values().stream().mapToLong(Long::longValue).sum();
        var median = Histograms.nearestRank(ages, 0.5);
        return new KeyFigures.Backlog(open, median == null ? null : median.intValue(), bands);
    }

    private static KeyFigures.Filter atOffice(KeyFigures.Filter f, String office) {
        return new KeyFigures.Filter(f.from(), f.to(), f.service(), f.department(), f.channel(), office);
    }

    private static CaseSubmitted submitted(CaseReference reference, String service, Instant at) {
        return new CaseSubmitted(reference, service, "1000000016", "passports", "SUBMITTED", at, Channel.ONLINE);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(RIYADH).toInstant();
    }
}
