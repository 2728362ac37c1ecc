package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * A CHECK written inline in a migration gets a name each database makes up (PostgreSQL
 * {@code <table>_<column>_check}, H2 {@code CONSTRAINT_…}); plain SQL cannot drop it. This finds it by
 * a piece of what it checks and drops it, so a Java migration can add the wider check under a name
 * of our own. Not a migration itself: Flyway runs only the {@code V…} classes.
 */
final class UnnamedChecks {

    private UnnamedChecks() {
    }

    /** Drops every CHECK on {@code table} whose clause contains {@code marker}; fails when there is none. */
    static void drop(Connection connection, String table, String marker) throws SQLException {
        var names = new ArrayList<String>();
        try (var query = connection.prepareStatement("""
                SELECT tc.constraint_name, cc.check_clause
                  FROM information_schema.table_constraints tc
                  JOIN information_schema.check_constraints cc
                    ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                 WHERE LOWER(tc.table_name) = ? AND tc.constraint_type = 'CHECK'
                   AND tc.table_schema = CURRENT_SCHEMA""")) {
            query.setString(1, table);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var clause = rows.getString(2);
                    if (clause != null && clause.contains(marker)) names.add(rows.getString(1));
                }
            }
        }
        if (names.isEmpty()) throw new IllegalStateException("no check on " + table + " containing " + marker);
        for (var name : names) {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
