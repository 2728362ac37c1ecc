package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.nafitha.appointments.AppointmentReminderDue;
import org.nafitha.appointments.AppointmentsProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before: each appointment booked earlier than that gets one reminder — the node whose
 * conditional UPDATE claims it publishes the event. Appointments never checked in become no-shows.
 */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final Appointments appointments;
    private final Offices offices;
    private final ApplicationEventPublisher events;
    private final AppointmentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    Reminders(JdbcClient jdbc, Appointments appointments, Offices offices, ApplicationEventPublisher events,
              AppointmentsProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.offices = offices;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${nafitha.appointments.remind-every:5m}", initialDelayString = "40s")
    void onSchedule() {
        if (!properties.jobs()) return;
        remindDue();
        markNoShows();
    }

    /** @return how many reminders this node sent */
    public int remindDue() {
        var now = clock.instant();
        var due = jdbc.sql("""
                        SELECT id FROM appointments WHERE status = 'BOOKED' AND reminded_at IS NULL
                        AND starts_at > :now AND starts_at <= :tomorrow LIMIT 500""")
                .param("now", Timestamp.from(now)).param("tomorrow", Timestamp.from(now.plus(Duration.ofDays(1))))
                .query(UUID.class).list();
        int sent = 0;
        for (var id : due) {
            var claimed = tx.execute(status -> {
                var a = appointments.byId(id).orElseThrow();
                // booked within the last day: the confirmation was the reminder
                if (a.createdAt().isAfter(a.startsAt().minus(Duration.ofHours(20)))) {
                    jdbc.sql("UPDATE appointments SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL")
                            .param("at", Timestamp.from(now)).param("id", id).update();
                    return false;
                }
                var mine = jdbc.sql("UPDATE appointments SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL")
                        .param("at", Timestamp.from(now)).param("id", id).update() == 1;
                if (mine) {
                    var office = offices.find(a.officeId()).orElseThrow();
                    events.publishEvent(new AppointmentReminderDue(a.code(), a.person(), a.serviceCode(), a.reference(),
                            office.place(), a.startsAt(), now));
                }
                return mine;
            });
            if (Boolean.TRUE.equals(claimed)) sent++;
        }
        return sent;
    }

    /** @return how many appointments were marked as no-shows */
    public int markNoShows() {
        return jdbc.sql("""
                        UPDATE appointments SET status = 'NO_SHOW', active_key = NULL, finished_at = :now
                        WHERE status = 'BOOKED' AND starts_at < :limit""")
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", Timestamp.from(clock.instant().minus(properties.noShowAfter()))).update();
    }
}
