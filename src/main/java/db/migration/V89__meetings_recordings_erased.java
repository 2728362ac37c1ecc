package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A meeting's recording may be ERASED at the end of its retention period. The check on
 * {@code meetings.recording} was written inline in V79, so each database named it itself: as V73
 * does, this finds it by what it checks, drops it, and adds the wider check under a name of our own.
 */
public class V89__meetings_recordings_erased extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        for (var name : recordingChecks(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE meetings DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    ALTER TABLE meetings ADD CONSTRAINT meetings_recording
                        CHECK (recording IN ('PLANNED', 'RECORDING', 'PROCESSING', 'STORED', 'FAILED', 'ERASED'))""");
        }
    }

    private static ArrayList<String> recordingChecks(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (var query = connection.prepareStatement("""
                SELECT tc.constraint_name, cc.check_clause
                  FROM information_schema.table_constraints tc
                  JOIN information_schema.check_constraints cc
                    ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                 WHERE LOWER(tc.table_name) = 'meetings' AND tc.constraint_type = 'CHECK'
                   AND tc.table_schema = CURRENT_SCHEMA""");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                var clause = rows.getString(2);
                if (clause != null && clause.contains("'PROCESSING'")) names.add(rows.getString(1));
            }
        }
        if (names.isEmpty()) throw new IllegalStateException("the check on meetings.recording from V79 was not found");
        return names;
    }
}
