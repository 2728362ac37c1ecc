package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.nafitha.appointments.AppointmentChanged;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A booked appointment cancelled or moved to another slot, each only while it is still booked, and the
 * change announced.
 */
@Component
class AppointmentChanges {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentChanges(JdbcClient jdbc, Offices offices, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @return false when it was no longer booked */
    boolean cancel(Appointment a, Instant at) {
        return jdbc.sql("""
                        UPDATE appointments SET status = 'CANCELLED', active_key = NULL, finished_at = :at
                        WHERE id = :id AND status = 'BOOKED'""")
                .param("at", Timestamp.from(at)).param("id", a.id()).update() == 1;
    }

    /** @return false when it was no longer booked in its slot */
    boolean move(Appointment a, long slotId, Instant newStart) {
        return jdbc.sql("""
                        UPDATE appointments SET slot_id = :slot, starts_at = :start, reminded_at = NULL
                        WHERE id = :id AND status = 'BOOKED' AND slot_id = :old""")
                .param("slot", slotId).param("start", Timestamp.from(newStart)).param("id", a.id())
                .param("old", a.slotId()).update() == 1;
    }

    /** The change audited and announced ({@link AppointmentChanged}), in the change's transaction. */
    void announce(Actor actor, Appointment a, Instant startsAt, boolean cancelled, String action) {
        var office = offices.find(a.officeId()).orElseThrow();
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), action, a.person(), a.caseReference(),
                a.code() + " " + a.startsAt() + (cancelled ? "" : " -> " + startsAt)));
        events.publishEvent(new AppointmentChanged(a.code(), a.person(), a.serviceCode(), a.reference(), a.caseReference(),
                office.place(), startsAt, cancelled, clock.instant()));
    }
}
