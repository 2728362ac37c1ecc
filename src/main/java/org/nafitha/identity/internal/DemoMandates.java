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

/**
 * Demo relations: Noura's contracting company sponsors Mohammed Khan and has made Ahmed its
 * representative for his residence papers; Ahmed is guardian of his daughter Reem; a mandate
 * Noura once held for Mohammed has expired.
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
        mandates.grant("2000000006", "1000000008", COMPANY, "SPONSOR", residency, now.minus(Duration.ofDays(30)), null);
        mandates.grant("1000000024", "1000000008", "1000000008", "GUARDIAN", List.of("passport-renewal"),
                now.minus(Duration.ofDays(365)), null);
        mandates.grant("2000000006", "1000000016", "2000000006", "SELF", residency,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
    }
}
