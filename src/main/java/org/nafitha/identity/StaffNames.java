package org.nafitha.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The names of staff members, for the pages that show who acted where the country's policy allows. */
@Service
public class StaffNames {

    private final JdbcClient jdbc;

    StaffNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Username → name in the reader's language; unknown usernames are left out. */
    public Map<String, String> of(Collection<String> usernames, Locale locale) {
        var names = new HashMap<String, String>();
        if (usernames.isEmpty()) return names;
        var column = "ar".equals(locale.getLanguage()) ? "display_name_ar" : "display_name_en";
        jdbc.sql("SELECT username, " + column + " FROM accounts WHERE username IN (:u) AND national_id IS NULL")
                .param("u", usernames)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}
