package db.migration;

import java.sql.SQLException;

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
        UnnamedChecks.drop(connection, "payment_dues", "'FINE'");
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    ALTER TABLE payment_dues ADD CONSTRAINT payment_dues_kind
                        CHECK (kind IN ('FEE', 'FINE', 'DEPOSIT'))""");
        }
    }
}
