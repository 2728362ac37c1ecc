package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office on the day: reception checks a person in ({@link CheckingIn}); a counter calls the
 * lowest waiting ticket; the person is served or marked absent; the screens show {@link QueueBoard}. Each step is a conditional UPDATE,
 * so two counters never call the same ticket, on one node or several.
 */
@Service
public class OfficeQueue {

    private final Appointments appointments;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Calendars calendars;
    private final Clock clock;
    private final TransactionTemplate tx;

    OfficeQueue(Appointments appointments, JdbcClient jdbc, AuditTrail audit, Calendars calendars, Clock clock,
                PlatformTransactionManager transactions) {
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    public LocalDate today() {
        return calendars.today(clock);
    }

    /** The lowest waiting ticket to this counter, if anyone waits. */
    public Optional<Appointment> callNext(Actor staff, String officeId, int counter) {
        for (var candidate : appointments.inQueue(officeId, today(), Appointment.Status.CHECKED_IN, "ticket")) {
            var called = tx.execute(status -> {
                var ok = jdbc.sql("""
                                UPDATE appointments SET status = 'CALLED', called_at = :at, counter_no = :c
                                WHERE id = :id AND status = 'CHECKED_IN'""")
                        .param("at", Timestamp.from(clock.instant())).param("c", counter).param("id", candidate.id())
                        .update() == 1;
                if (ok) {
                    audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "appointment.call",
                            candidate.person(), candidate.caseReference(),
                            candidate.code() + " ticket " + candidate.ticket() + " counter " + counter, staff.department()));
                }
                return ok;
            });
            if (Boolean.TRUE.equals(called)) return appointments.byId(candidate.id());
        }
        return Optional.empty();
    }

    /** Served, or absent when called. @return false when it was not the called ticket */
    public boolean finish(Actor staff, UUID appointment, boolean served) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            var a = appointments.byId(appointment);
            var ok = jdbc.sql("""
                            UPDATE appointments SET status = :s, finished_at = :at, active_key = NULL
                            WHERE id = :id AND status = 'CALLED'""")
                    .param("s", served ? "SERVED" : "NO_SHOW").param("at", Timestamp.from(clock.instant()))
                    .param("id", appointment).update() == 1;
            if (ok && a.isPresent()) {
                audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(),
                        served ? "appointment.served" : "appointment.no-show", a.get().person(), a.get().caseReference(),
                        a.get().code(), staff.department()));
            }
            return ok;
        }));
    }
}
