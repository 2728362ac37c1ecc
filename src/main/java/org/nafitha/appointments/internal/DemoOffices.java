package org.nafitha.appointments.internal;

import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Demo: six offices with their hours, and waiting-room screens opened by the tokens the README
 * shows (stored hashed, as every token is). Before this, the offices came with a migration and so
 * reached every production database (issue 18).
 */
@Component
@Profile("demo")
@Order(40)
class DemoOffices implements ApplicationRunner {

    /** The README's screen links use these; a production office gets a random token from its head. */
    static final Map<String, String> SCREEN_TOKENS = Map.of(
            "riyadh-passports-olaya", "olaya-display-7f3c91",
            "dammam-passports", "dammam-display-2b8e40",
            "riyadh-centre-malaz", "malaz-display-c41d77",
            "riyadh-women-civil", "women-display-91aa05",
            "jeddah-traffic-licences", "jeddah-display-5e6f12",
            "riyadh-hair-visits", "hair-display-0d4b3a");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DisplayTokens tokens;

    DemoOffices(JdbcClient jdbc, DataSource dataSource, DisplayTokens tokens) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        long present = jdbc.sql("SELECT COUNT(*) FROM appointment_offices WHERE id IN (:ids)")
                .param("ids", SCREEN_TOKENS.keySet()).query(Long.class).single();
        if (present == 0) {
            var script = new ResourceDatabasePopulator(new ClassPathResource("appointments/demo-offices.sql"));
            script.setSqlScriptEncoding("UTF-8");
            script.execute(dataSource);
        }
        SCREEN_TOKENS.forEach((office, token) -> {
            if (jdbc.sql("SELECT COUNT(*) FROM appointment_offices WHERE id = :id AND display_token_hash IS NULL")
                    .param("id", office).query(Long.class).single() == 1) {
                tokens.store(office, token);
            }
        });
    }
}
