package org.nafitha.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.sql.Timestamp;

/**
 * Demo relations: Noura's contracting company sponsors Mohammed Khan and she named Ahmed its
 * representative; Ahmed is guardian of his daughter Reem (in the civil register); a mandate
 * Mohammed once gave Noura has expired.
 */
@Component
@Profile("demo")
@Order(30)
class DemoMandates implements ApplicationRunner {

    static final String COMPANY = "7001234567";

    private final JdbcClient jdbc;
    private final JdbcMandates mandates;
    private final Clock clock;

    DemoMandates(JdbcClient jdbc, JdbcMandates mandates, Clock clock) {
        this.jdbc = jdbc;
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var exists = jdbc.sql("SELECT COUNT(*) FROM companies WHERE cr_number = :cr").param("cr", COMPANY)
                .query(Long.class).single() > 0;
        if (exists) return;
        jdbc.sql("INSERT INTO companies (cr_number, name_ar, name_en, owner) VALUES (:cr, :ar, :en, :owner)")
                .param("cr", COMPANY).param("ar", "شركة البناء المتقدم للمقاولات")
                .param("en", "Advanced Construction Contracting Co.").param("owner", "1000000016").update();
        var now = clock.instant();
        var residency = List.of("residence-renewal");
        // Ahmed represents the company: he may act for every resident it sponsors (implied mandate).
        jdbc.sql("""
                        INSERT INTO company_representatives (cr_number, national_id, added_by, added_at)
                        VALUES (:cr, '1000000008', '1000000016', :at)""")
                .param("cr", COMPANY).param("at", Timestamp.from(now.minus(Duration.ofDays(30)))).update();
        mandates.grant("2000000006", "1000000016", "2000000006", "SELF", residency,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
    }
}
