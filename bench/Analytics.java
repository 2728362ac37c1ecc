///usr/bin/env java "$0" "$@"; exit $?
// The analytics dashboard's main query at scale, beside a plain count(*) measured in the same run:
//   1. N generated cases (default 10,000,000) over three years, 40 services, 8 departments, 3 channels;
//   2. the roll-ups built from them in one pass (what the event listeners keep up case by case: the
//      time a nightly rebuild would take), into the real tables of V69__analytics_daily_rollups.sql;
//   3. the dashboard's key-figures query (KeyFigures: totals, channels, decision-days histogram) for a
//      30-day period of one department, repeated: p50 and p95;
//   4. SELECT count(*) over the generated cases for the same period and department, repeated: p95;
//   5. the backlog of one department at the period's end, both ways: as KeyFigures read it before V103
//      (every open case's submission time, streamed to the JVM) and from the kept counts of V103
//      (open cases by day of submission, ended cases by day of end and of submission), p50 and p95.
// Run by `bench/run analytics`; needs only the PostgreSQL JDBC driver on the classpath.
//
//   java -cp <classpath> bench/Analytics.java <jdbc-url> <user> <cases> <repeats> <migration.sql>[:<migration.sql>...]

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Analytics {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        long cases = Long.parseLong(args[2]);
        int repeats = Integer.parseInt(args[3]);
        var migrations = new StringBuilder();
        for (var file : args[4].split(":")) migrations.append(Files.readString(Path.of(file))).append('\n');
        var migration = migrations.toString();
        try (var db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(true);
            try (var s = db.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_analytics CASCADE");
                s.execute("CREATE SCHEMA bench_analytics");
                s.execute("SET search_path TO bench_analytics");
                // The real tables: the migration's statements, comments dropped.
                var ddl = migration.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                for (var statement : ddl.split(";")) {
                    if (!statement.isBlank()) s.execute(statement);
                }
                long t0 = System.nanoTime();
                // The cases as the cases module keeps them: three years back from 2026-12-01.
                s.execute("""
                        CREATE TABLE bench_cases AS
                        SELECT g AS id,
                               'service-' || (g % 40) AS service_code,
                               'department-' || (g % 40 % 8) AS department,
                               (ARRAY['ONLINE','ONLINE','ONLINE','RECEPTION','CALL_CENTRE'])[1 + (g % 5)] AS channel,
                               TIMESTAMPTZ '2026-12-01 00:00:00+03' - (g % 1095) * INTERVAL '1 day' - (g % 86400) * INTERVAL '1 second' AS submitted_at,
                               (g % 7) AS days_taken,
                               (g % 10 <> 0) AS approved,
                               (g % 13 = 0) AS escalated,
                               (g % 47 = 0) AS still_open
                        FROM generate_series(1, CASES) g""".replace("CASES", Long.toString(cases)));
                // Ended when decided (days_taken after submission), one in 47 never; ended after the bench's
                // "now" (2026-12-01) is open now.
                s.execute("""
                        ALTER TABLE bench_cases ADD COLUMN ended_at TIMESTAMPTZ""");
                s.execute("""
                        UPDATE bench_cases SET ended_at = submitted_at + days_taken * INTERVAL '1 day' + (id % 3600) * INTERVAL '1 second'
                        WHERE NOT still_open""");
                s.execute("CREATE INDEX bench_cases_by_department ON bench_cases (department, submitted_at)");
                s.execute("ANALYZE bench_cases");
                System.out.printf("generate: %d cases in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);

                long r0 = System.nanoTime();
                s.execute("""
                        INSERT INTO analytics_daily (on_day, service_code, department, channel, office, submitted, completed,
                                                     refused, decided, decision_secs, sla_met, sla_missed)
                        SELECT (submitted_at AT TIME ZONE 'Asia/Riyadh')::date, service_code, department, channel, '', COUNT(*),
                               SUM(CASE WHEN approved THEN 1 ELSE 0 END), SUM(CASE WHEN approved THEN 0 ELSE 1 END),
                               COUNT(*), SUM(days_taken * 86400), SUM(CASE WHEN escalated THEN 0 ELSE 1 END),
                               SUM(CASE WHEN escalated THEN 1 ELSE 0 END)
                        FROM bench_cases GROUP BY 1, 2, 3, 4""");
                s.execute("""
                        INSERT INTO analytics_daily_decision_days (on_day, service_code, department, channel, office, days_taken,
                                                                   cases)
                        SELECT (submitted_at AT TIME ZONE 'Asia/Riyadh')::date, service_code, department, channel, '', days_taken,
                               COUNT(*)
                        FROM bench_cases GROUP BY 1, 2, 3, 4, 6""");
                // The backlog's kept counts (V103), as now = 2026-12-01 00:00 Riyadh sees them.
                s.execute("""
                        INSERT INTO analytics_open_cases (service_code, department, channel, office, submitted_on, cases)
                        SELECT service_code, department, channel, '', (submitted_at AT TIME ZONE 'Asia/Riyadh')::date, COUNT(*)
                        FROM bench_cases WHERE ended_at IS NULL OR ended_at >= TIMESTAMPTZ '2026-12-01 00:00:00+03'
                        GROUP BY 1, 2, 3, 5""");
                s.execute("""
                        INSERT INTO analytics_ended_cases (ended_on, submitted_on, service_code, department, channel, office, cases)
                        SELECT (ended_at AT TIME ZONE 'Asia/Riyadh')::date, (submitted_at AT TIME ZONE 'Asia/Riyadh')::date,
                               service_code, department, channel, '', COUNT(*)
                        FROM bench_cases WHERE ended_at < TIMESTAMPTZ '2026-12-01 00:00:00+03' GROUP BY 1, 2, 3, 4, 5""");
                s.execute("ANALYZE analytics_open_cases");
                s.execute("ANALYZE analytics_ended_cases");
                s.execute("ANALYZE analytics_daily");
                s.execute("ANALYZE analytics_daily_decision_days");
                double rollUpSeconds = (System.nanoTime() - r0) / 1e9;
                long rows = count(db, "SELECT count(*) FROM analytics_daily");
                long histogramRows = count(db, "SELECT count(*) FROM analytics_daily_decision_days");
                System.out.printf("roll-up: %d daily rows and %d histogram rows from %d cases in %.1f s%n",
                        rows, histogramRows, cases, rollUpSeconds);

                var from = LocalDate.of(2026, 11, 1);
                var to = LocalDate.of(2026, 11, 30);
                var dashboard = timed(repeats, () -> dashboard(db, from, to, "department-3"));
                var plain = timed(Math.max(3, repeats / 20), () -> count(db, """
                        SELECT count(*) FROM bench_cases WHERE department = 'department-3'
                        AND submitted_at >= TIMESTAMPTZ '2026-11-01 00:00:00+03' AND submitted_at < TIMESTAMPTZ '2026-12-01 00:00:00+03'"""));
                System.out.printf("dashboard: p50 %.2f ms, p95 %.2f ms (%d queries)%n", p(dashboard, 0.5), p(dashboard, 0.95), repeats);
                System.out.printf("count: p50 %.2f ms, p95 %.2f ms%n", p(plain, 0.5), p(plain, 0.95));

                // The backlog before V103 read analytics_cases through its (ended_at, submitted_at) index.
                long i0 = System.nanoTime();
                s.execute("CREATE INDEX bench_cases_by_end ON bench_cases (ended_at, submitted_at)");
                s.execute("ANALYZE bench_cases");
                System.out.printf("backlog index: %.1f s%n", (System.nanoTime() - i0) / 1e9);
                long open = count(db, """
                        SELECT count(*) FROM bench_cases WHERE department = 'department-3'
                        AND submitted_at < TIMESTAMPTZ '2026-12-01 00:00:00+03'
                        AND (ended_at IS NULL OR ended_at >= TIMESTAMPTZ '2026-12-01 00:00:00+03')""");
                long openRows = count(db, "SELECT count(*) FROM analytics_open_cases WHERE department = 'department-3'");
                var byCase = timed(Math.max(3, repeats / 20), () -> backlogByCase(db, "department-3"));
                var byCount = timed(repeats, () -> backlogByCount(db, "department-3", to));
                System.out.printf("backlog: %d open cases of the department; per case p50 %.2f ms, p95 %.2f ms; kept counts "
                                + "(%d rows) p50 %.2f ms, p95 %.2f ms%n", open, p(byCase, 0.5), p(byCase, 0.95), openRows,
                        p(byCount, 0.5), p(byCount, 0.95));
                s.execute("DROP SCHEMA bench_analytics CASCADE");
                System.out.printf("analytics: dashboard p95 %.2f ms over %d roll-up rows (%.3f of plain count(*) p95 %.2f ms over %d cases, "
                                + "measured in the same run); roll-up of all %d cases %.1f s%n",
                        p(dashboard, 0.95), rows, p(dashboard, 0.95) / p(plain, 0.95), p(plain, 0.95), cases, cases, rollUpSeconds);
            }
        }
    }

    interface Query {
        void run() throws Exception;
    }

    private static List<Double> timed(int repeats, Query query) throws Exception {
        var times = new ArrayList<Double>();
        query.run();
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            query.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times;
    }

    private static double p(List<Double> sorted, double q) {
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The backlog as KeyFigures read it before V103: each open case's submission time, streamed to the JVM. */
    private static void backlogByCase(Connection db, String department) throws Exception {
        try (var ps = db.prepareStatement("""
                SELECT submitted_at FROM bench_cases WHERE submitted_at < TIMESTAMPTZ '2026-12-01 00:00:00+03'
                AND (ended_at IS NULL OR ended_at >= TIMESTAMPTZ '2026-12-01 00:00:00+03') AND department = ?""")) {
            ps.setString(1, department);
            ps.setFetchSize(10_000);
            db.setAutoCommit(false); // a fetch size streams only inside a transaction
            try (var rs = ps.executeQuery()) {
                while (rs.next()) rs.getTimestamp(1);
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** The backlog as BacklogCounts reads it (V103): open cases by day of submission, plus those ended after the day. */
    private static void backlogByCount(Connection db, String department, LocalDate asOf) throws Exception {
        try (var ps = db.prepareStatement("""
                SELECT submitted_on, SUM(cases) FROM (
                  SELECT submitted_on, cases FROM analytics_open_cases WHERE submitted_on <= ? AND department = ?
                  UNION ALL
                  SELECT submitted_on, cases FROM analytics_ended_cases WHERE ended_on > ? AND submitted_on <= ? AND department = ?
                ) counted GROUP BY submitted_on HAVING SUM(cases) > 0""")) {
            ps.setDate(1, Date.valueOf(asOf));
            ps.setString(2, department);
            ps.setDate(3, Date.valueOf(asOf));
            ps.setDate(4, Date.valueOf(asOf));
            ps.setString(5, department);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) rs.getLong(2);
            }
        }
    }

    /** The three statements of KeyFigures for one department and period, as the dashboard runs them. */
    private static void dashboard(Connection db, LocalDate from, LocalDate to, String department) throws Exception {
        var where = " WHERE on_day BETWEEN ? AND ? AND department = ?";
        for (var sql : List.of(
                "SELECT '', COALESCE(SUM(submitted), 0), COALESCE(SUM(completed), 0), COALESCE(SUM(refused), 0), "
                        + "COALESCE(SUM(withdrawn), 0), COALESCE(SUM(sla_met), 0), COALESCE(SUM(sla_missed), 0), "
                        + "COALESCE(SUM(rated), 0), COALESCE(SUM(rating_sum), 0), COALESCE(SUM(rated_satisfied), 0) "
                        + "FROM analytics_daily" + where,
                "SELECT '', channel, SUM(submitted) FROM analytics_daily" + where + " GROUP BY channel ORDER BY channel",
                "SELECT '', days_taken, SUM(cases) FROM analytics_daily_decision_days" + where
                        + " GROUP BY days_taken ORDER BY days_taken")) {
            try (var ps = db.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                ps.setString(3, department);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(1);
                }
            }
        }
    }
}
