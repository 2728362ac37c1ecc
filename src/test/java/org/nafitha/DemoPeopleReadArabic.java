package org.nafitha;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo citizen and resident keeps Arabic as their language from the start of a test run. The portal
 * keeps the language of the first page a person opens in a session as theirs when they have none; the tests
 * share one database and a few demo people, so without this the first test to open a page in English as
 * 1000000016 decided the language of her SMS for every test after it, and the suite's order decided which
 * tests failed. A test that changes someone's language puts it back.
 */
@Order(100) // after the demo accounts (DemoAccounts is 20)
public class DemoPeopleReadArabic implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoPeopleReadArabic(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                        INSERT INTO notification_preferences (recipient, language, by_sms, by_email, email, by_push, updated_at)
                        SELECT a.national_id, 'ar', TRUE, FALSE, NULL, TRUE, CURRENT_TIMESTAMP FROM accounts a
                        WHERE a.national_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.recipient = a.national_id)""")
                .update();
    }
}
