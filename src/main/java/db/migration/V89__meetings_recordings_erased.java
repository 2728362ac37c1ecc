package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A meeting's recording may be ERASED at the end of its retention period. The check on
 * {@code meetings.recording} was written inline in V79, so each database named it itself: it is
 * found by what it checks, dropped, and the wider check added under a name of our own.
 */
public class V89__meetings_recordings_erased extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        UnnamedChecks.drop(connection, "meetings", "'PROCESSING'");
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    ALTER TABLE meetings ADD CONSTRAINT meetings_recording
                        CHECK (recording IN ('PLANNED', 'RECORDING', 'PROCESSING', 'STORED', 'FAILED', 'ERASED'))""");
        }
    }
}
