package org.nafitha.meetings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A room whose slot is over is closed even if nobody pressed "end" (the host's browser closed, say):
 * its connections and Janus room go and its recording is made, ended by "system". A connection whose browser has not
 * been heard from for {@link Connections#STALE_AFTER} is closed too (its Janus session has ended by then).
 */
@Component
class ClosingRooms {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingRooms.class);

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final RunningMeetings running;
    private final Connections connections;
    private final ConnectingToMeetings connecting;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ClosingRooms(JdbcClient jdbc, Meetings meetings, RunningMeetings running, Connections connections,
                 ConnectingToMeetings connecting, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.running = running;
        this.connections = connections;
        this.connecting = connecting;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nafitha.meetings.close-every:30s}", initialDelayString = "30s")
    void closeOverdue() {
        connections.stale().forEach(connecting::leave);
        var overdue = jdbc.sql("SELECT id FROM meetings WHERE ended_at IS NULL AND room_created AND ends_at <= :now")
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).list();
        for (var id : overdue) {
            try {
                transactions.executeWithoutResult(s -> meetings.find(id).ifPresent(m -> running.close(m, "system")));
            } catch (MediaServerUnavailable e) {
                // tried again on the next round; the meeting stays open until its room is really gone
                LOG.warn("Meeting {} is over but its room could not be closed: {}", id, e.getMessage());
            }
        }
    }
}
