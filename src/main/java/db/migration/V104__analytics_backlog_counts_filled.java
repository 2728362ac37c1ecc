package db.migration;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V103's backlog counts from the cases analytics holds: each case open now under the day it came in,
 * each ended case under the day it ended and the day it came in. Days are the country's, so the time zone
 * comes from {@code spring.flyway.placeholders.country-zone} (application.yml sets it to
 * {@code nafitha.country.zone}); plain SQL cannot know it. A database with no case yet needs no zone.
 */
public class V104__analytics_backlog_counts_filled extends BaseJavaMigration {

    private record Key(List<Object> dimensions, LocalDate submittedOn, @Nullable LocalDate endedOn) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var counts = new HashMap<Key, Long>();
        ZoneId zone = null;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     SELECT service_code, department, channel, office, submitted_at, ended_at FROM analytics_cases""")) {
            while (rows.next()) {
                if (zone == null) zone = zone(context);
                var dimensions = List.<Object>of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
                var ended = rows.getObject(6, OffsetDateTime.class);
                counts.merge(new Key(dimensions, day(rows.getObject(5, OffsetDateTime.class), zone),
                        ended == null ? null : day(ended, zone)), 1L, Long::sum);
            }
        }
        try (var open = connection.prepareStatement("""
                     INSERT INTO analytics_open_cases (service_code, department, channel, office, submitted_on, cases)
                     VALUES (?, ?, ?, ?, ?, ?)""");
             var ended = connection.prepareStatement("""
                     INSERT INTO analytics_ended_cases (service_code, department, channel, office, submitted_on, cases,
                                                        ended_on)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (var count : counts.entrySet()) {
                var key = count.getKey();
                var statement = key.endedOn() == null ? open : ended;
                set(statement, key, count.getValue());
                statement.addBatch();
            }
            open.executeBatch();
            ended.executeBatch();
        }
    }

    private static void set(PreparedStatement statement, Key key, long cases) throws SQLException {
        for (int i = 0; i < 4; i++) statement.setObject(i + 1, key.dimensions().get(i));
        statement.setObject(5, key.submittedOn());
        statement.setLong(6, cases);
        if (key.endedOn() != null) statement.setObject(7, key.endedOn());
    }

    private static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    private static ZoneId zone(Context context) {
        var zone = context.getConfiguration().getPlaceholders().get("country-zone");
        if (zone == null || zone.isBlank()) {
            throw new FlywayException("V104 counts the open cases by the country's days: set "
                    + "spring.flyway.placeholders.country-zone (application.yml sets it to nafitha.country.zone)");
        }
        return ZoneId.of(zone);
    }
}
