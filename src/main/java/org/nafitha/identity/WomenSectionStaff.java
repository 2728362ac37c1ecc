package org.nafitha.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Whether a member of staff works in a women's section (القسم النسائي). */
@Service
public class WomenSectionStaff {

    private final JdbcClient jdbc;

    WomenSectionStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isMember(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = :u AND women_section = TRUE")
                .param("u", username).query(Long.class).single() > 0;
    }
}
