package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Dues may also be deposits to a detainee's account. The check on {@code payment_dues.kind} was
 * written inline in V60, so each database named it itself (PostgreSQL {@code payment_dues_kind_check},
 * H2 {@code CONSTRAINT_…}): this migration finds it by what it checks, drops it, and adds the wider
 * check under a name of our own. Plain SQL cannot drop a constraint whose name it does not know.
 */
public class V73__payments_deposit_dues extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        for (var name : kindChecks(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE payment_dues DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    ALTER TABLE payment_dues ADD CONSTRAINT payment_dues_kind
                        CHECK (kind IN ('FEE', 'FINE', 'DEPOSIT'))""");
        }
    }

    private static ArrayList<String> kindChecks(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (var query = connection.prepareStatement("""
                SELECT tc.constraint_name, cc.check_clause
                  FROM information_schema.table_constraints tc
                  JOIN information_schema.check_constraints cc
                    ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                 WHERE LOWER(tc.table_name) = 'payment_dues' AND tc.constraint_type = 'CHECK'
                   AND tc.table_schema = CURRENT_SCHEMA""");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                var clause = rows.getString(2);
                if (clause != null && clause.contains("'FINE'")) names.add(rows.getString(1));
            }
        }
        if (names.isEmpty()) throw new IllegalStateException("the check on payment_dues.kind from V60 was not found");
        return names;
    }
}
