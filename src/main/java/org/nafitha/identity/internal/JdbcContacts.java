package org.nafitha.identity.internal;

import java.util.Optional;

import org.nafitha.identity.Contacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContacts implements Contacts {

    private final JdbcClient jdbc;

    JdbcContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Contact> find(String nationalIdOrUsername) {
        return jdbc.sql("""
                        SELECT username, national_id, display_name_ar, display_name_en, mobile FROM accounts
                        WHERE national_id = :id OR username = :id
                        ORDER BY CASE WHEN national_id = :id THEN 0 ELSE 1 END LIMIT 1""")
                .param("id", nationalIdOrUsername)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }
}
