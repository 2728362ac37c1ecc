package org.nafitha.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The backlog kept as counts, so that reading it costs the same for a hundred open cases as for a million:
 * the cases still open, by the day they came in (a row per day and dimensions that has open cases, gone when
 * its last case ends), and the cases that ended, by the day they ended and the day they came in. The backlog
 * at the end of a past day is the cases open now plus those that ended after that day, of those that came in
 * by it ({@link BacklogAges} reads it so). Kept under the case's row lock in {@link RollUps}, so each case is
 * counted in exactly one place.
 */
@Repository
class BacklogCounts {

    private final JdbcClient jdbc;
    private final Calendars calendars;

    BacklogCounts(JdbcClient jdbc, Calendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** A case came in and is open. */
    void opened(RollUps.Dimensions d, Instant submittedAt) {
        addOpen(d, day(submittedAt), 1);
    }

    /** A case came to its end, whatever the end. */
    void ended(RollUps.Dimensions d, Instant submittedAt, Instant endedAt) {
        addOpen(d, day(submittedAt), -1);
        addEnded(d, day(submittedAt), day(endedAt), 1);
    }

    /** A case is counted under other dimensions (another office) from now on, open or ended. */
    void moved(RollUps.Dimensions from, RollUps.Dimensions to, Instant submittedAt, @Nullable Instant endedAt) {
        if (endedAt == null) {
            addOpen(from, day(submittedAt), -1);
            addOpen(to, day(submittedAt), 1);
        } else {
            addEnded(from, day(submittedAt), day(endedAt), -1);
            addEnded(to, day(submittedAt), day(endedAt), 1);
        }
    }

    /**
     * Adds to a day's open cases; a row whose last case ended goes, so that the rows stay as many as the days
     * with open cases. An update first and an insert only when there is no row: an addition racing with the
     * removal of its row finds no row after it and inserts one, rather than updating a row already gone.
     */
    private void addOpen(RollUps.Dimensions d, LocalDate submittedOn, long cases) {
        for (int attempt = 1; ; attempt++) {
            if (attempt > 100) throw new IllegalStateException("the open cases of " + d + " on " + submittedOn + " stay locked");
            if (jdbc.sql("""
                            UPDATE analytics_open_cases SET cases = cases + :cases
                            WHERE service_code = :service AND department = :department AND channel = :channel
                            AND office = :office AND submitted_on = :day""")
                    .params(params(d, submittedOn, cases)).update() == 1) break;
            if (jdbc.sql("""
                            INSERT INTO analytics_open_cases (service_code, department, channel, office, submitted_on, cases)
                            VALUES (:service, :department, :channel, :office, :day, :cases) ON CONFLICT DO NOTHING""")
                    .params(params(d, submittedOn, cases)).update() == 1) break;
        }
        if (cases < 0) {
            jdbc.sql("""
                            DELETE FROM analytics_open_cases
                            WHERE service_code = :service AND department = :department AND channel = :channel
                            AND office = :office AND submitted_on = :day AND cases = 0""")
                    .params(params(d, submittedOn, cases)).update();
        }
    }

    private void addEnded(RollUps.Dimensions d, LocalDate submittedOn, LocalDate endedOn, long cases) {
        var params = params(d, submittedOn, cases);
        params.put("ended", endedOn);
        jdbc.sql("""
                        INSERT INTO analytics_ended_cases (ended_on, submitted_on, service_code, department, channel, office,
                                                           cases)
                        VALUES (:ended, :day, :service, :department, :channel, :office, 0) ON CONFLICT DO NOTHING""")
                .params(params).update();
        jdbc.sql("""
                        UPDATE analytics_ended_cases SET cases = cases + :cases
                        WHERE ended_on = :ended AND submitted_on = :day AND service_code = :service
                        AND department = :department AND channel = :channel AND office = :office""")
                .params(params).update();
    }

    private static Map<String, Object> params(RollUps.Dimensions d, LocalDate day, long cases) {
        var params = new LinkedHashMap<String, Object>();
        params.put("service", d.serviceCode());
        params.put("department", d.department());
        params.put("channel", d.channel());
        params.put("office", d.office());
        params.put("day", day);
        params.put("cases", cases);
        return params;
    }

    private LocalDate day(Instant at) {
        return at.atZone(calendars.zone()).toLocalDate();
    }
}
