package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The analytics migrations on a database that already holds figures: the roll-ups kept before the office
 * came into their key are all still there, under no office, and the appeals lodged before V94 are counted,
 * each once, beside those recorded as they were lodged.
 */
class AnalyticsMigrationsTest {

    private static final Instant BEFORE_V94 = Instant.parse("2026-02-10T07:00:00Z");
    private static final Instant AFTER_V94 = Instant.parse("2026-11-20T09:30:00Z");

    @Test
    void theFiguresKeptSoFarSurviveAndEarlierAppealsAreCountedOnce() throws IOException {
        migrateAndCheck(new DriverManagerDataSource("jdbc:h2:mem:analytics-migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** The same on PostgreSQL, in a database of its own, when the suite runs there (CI=true). */
    @Test
    void onPostgresqlToo() throws IOException {
        Assumptions.assumeTrue("true".equals(System.getenv("CI")), "PostgreSQL only with CI=true");
        var server = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        var name = "nafitha_analytics_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient.create(server).sql("CREATE DATABASE " + name).update();
        try {
            migrateAndCheck(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", ""));
        } finally {
            JdbcClient.create(server).sql("DROP DATABASE " + name + " WITH (FORCE)").update();
        }
    }

    private static void migrateAndCheck(DataSource dataSource) throws IOException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("100").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var day = LocalDate.of(2026, 11, 3);
        jdbc.sql("""
                        INSERT INTO analytics_daily (on_day, service_code, department, channel, submitted, completed, decided,
                                                     decision_secs, sla_met, rated, rating_sum, rated_satisfied)
                        VALUES (:day, 'passport-issue', 'passports', 'RECEPTION', 7, 3, 3, 777600, 2, 1, 4, 1)""")
                .param("day", day).update();
        jdbc.sql("""
                        INSERT INTO analytics_daily_decision_days (on_day, service_code, department, channel, days_taken, cases)
                        VALUES (:day, 'passport-issue', 'passports', 'RECEPTION', 3, 3)""")
                .param("day", day).update();
        jdbc.sql("""
                        INSERT INTO analytics_cases (case_reference, service_code, department, channel, submitted_at)
                        VALUES ('PSI-2026-000041-8', 'passport-issue', 'passports', 'RECEPTION', :at)""")
                .param("at", Timestamp.from(AFTER_V94)).update();
        // Two refused cases, each appealed: one before V94 (the analytics never heard of it), one after (recorded live).
        refusedAndAppealed(jdbc, "GCC-2026-000101-5", "GCC-2026-000102-3", BEFORE_V94);
        refusedAndAppealed(jdbc, "GCC-2026-000201-1", "GCC-2026-000202-8", AFTER_V94);
        jdbc.sql("""
                        INSERT INTO analytics_appeals (appeal_reference, appeal_of, lodged_at)
                        VALUES ('GCC-2026-000202-8', 'GCC-2026-000201-1', :at)""")
                .param("at", Timestamp.from(AFTER_V94)).update();

        jdbc.sql("""
                        INSERT INTO analytics_cases (case_reference, service_code, department, channel, submitted_at, ended_at)
                        VALUES ('PSI-2026-000042-6', 'passport-issue', 'passports', 'RECEPTION', :at, :ended)""")
                .param("at", Timestamp.from(AFTER_V94)).param("ended", Timestamp.from(AFTER_V94.plusSeconds(3 * 86_400)))
                .update();

        // as the application runs it: V104 counts the backlog by the country's days
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("country-zone", "Asia/Riyadh")).load().migrate();

        assertThat(jdbc.sql("""
                        SELECT office, submitted, completed, decided, decision_secs, sla_met, rated, rating_sum
                        FROM analytics_daily WHERE on_day = :day AND service_code = 'passport-issue'""")
                .param("day", day)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getLong(4) + "|"
                        + rs.getLong(5) + "|" + rs.getLong(6) + "|" + rs.getLong(7) + "|" + rs.getLong(8))
                .list()).containsExactly("|7|3|3|777600|2|1|4");
        assertThat(jdbc.sql("""
                        SELECT office, days_taken, cases FROM analytics_daily_decision_days WHERE on_day = :day""")
                .param("day", day).query((rs, n) -> rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3)).list())
                .containsExactly("|3|3");
        assertThat(jdbc.sql("SELECT office FROM analytics_cases WHERE case_reference = 'PSI-2026-000041-8'")
                .query(String.class).single()).isEmpty();
        // Both cases came in on 20 November (Riyadh); one is open, the other ended on the 23rd.
        assertThat(jdbc.sql("SELECT office, submitted_on, cases FROM analytics_open_cases")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getLong(3)).list())
                .containsExactly("|2026-11-20|1");
        assertThat(jdbc.sql("SELECT ended_on, submitted_on, cases FROM analytics_ended_cases")
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + "|" + rs.getObject(2, LocalDate.class) + "|"
                        + rs.getLong(3)).list())
                .containsExactly("2026-11-23|2026-11-20|1");
        var appeals = "SELECT appeal_reference, appeal_of, lodged_at FROM analytics_appeals ORDER BY appeal_reference";
        var counted = jdbc.sql(appeals).query((rs, n) -> rs.getString(1) + " of " + rs.getString(2) + " on "
                + rs.getTimestamp(3).toInstant()).list();
        assertThat(counted).containsExactly("GCC-2026-000102-3 of GCC-2026-000101-5 on " + BEFORE_V94,
                "GCC-2026-000202-8 of GCC-2026-000201-1 on " + AFTER_V94);

        // Run again (a repaired history, a copy restored): nothing is added twice.
        jdbc.sql(new ClassPathResource("db/migration/V102__analytics_appeals_before_v94.sql")
                .getContentAsString(StandardCharsets.UTF_8)).update();
        assertThat(jdbc.sql(appeals).query((rs, n) -> rs.getString(1) + " of " + rs.getString(2) + " on "
                + rs.getTimestamp(3).toInstant()).list()).isEqualTo(counted);
    }

    private static void refusedAndAppealed(JdbcClient jdbc, String refused, String appeal, Instant lodged) {
        insertCase(jdbc, refused, "REJECTED", null, lodged.minusSeconds(10 * 86_400));
        insertCase(jdbc, appeal, "SUBMITTED", refused, lodged);
    }

    private static void insertCase(JdbcClient jdbc, String reference, String status, String appealOf, Instant at) {
        jdbc.sql("""
                        INSERT INTO cases (reference, service_code, service_version, department, applicant, submitted_by,
                                           status, answers, version, submitted_at, updated_at, appeal_of)
                        VALUES (:ref, 'good-conduct-certificate', 1, 'police', '1000000016', '1000000016', :status, '{}', 0,
                                :at, :at, :appealOf)""")
                .param("ref", reference).param("status", status).param("appealOf", appealOf)
                .param("at", Timestamp.from(at)).update();
    }
}
