package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations alone, on an empty database as a ministry's first start runs them: no demo office,
 * no opening hours, and no display token column in plain text (issue 18). The demo profile seeds the
 * offices (DemoOffices); WaitingRoomScreenTokensTest covers that side.
 */
class DemoOfficesOutOfMigrationsTest {

    @Test
    void aProductionDatabaseGetsNoDemoOfficeAndNoPlainToken() {
        migrateAndCheck(new DriverManagerDataSource("jdbc:h2:mem:migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** The same on PostgreSQL, in a database of its own, when the suite runs there (CI=true). */
    @Test
    void onPostgresqlToo() {
        Assumptions.assumeTrue("true".equals(System.getenv("CI")), "PostgreSQL only with CI=true");
        var server = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        var name = "nafitha_migrations_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient.create(server).sql("CREATE DATABASE " + name).update();
        try {
            migrateAndCheck(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", ""));
        } finally {
            JdbcClient.create(server).sql("DROP DATABASE " + name + " WITH (FORCE)").update();
        }
    }

    private static void migrateAndCheck(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_offices").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_office_hours").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT column_name FROM information_schema.columns WHERE table_name = 'appointment_offices'""")
                .query(String.class).list()).contains("display_token_hash").doesNotContain("display_token");
        // what a ministry adds to the service catalogue's mapping is configuration, not demo data
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_services").query(Long.class).single()).isPositive();
    }
}
