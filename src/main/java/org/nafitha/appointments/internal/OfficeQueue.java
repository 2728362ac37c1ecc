package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The office on the day: reception checks a person in (booking code from the QR, or national ID)
 * and hands out the next ticket number; a counter calls the lowest waiting ticket; the person is
 * served or marked absent. Each step is a conditional UPDATE, so two counters never call the
 * same ticket, on one node or several.
 */
@Service
public class OfficeQueue {

    public sealed interface CheckIn {
        record Done(Appointment appointment, int ticket) implements CheckIn {
        }

        record Refused(Refusal reason) implements CheckIn {
        }
    }

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

    public CheckIn checkIn(Actor staff, String officeId, String codeOrNationalId) {
        var typed = BookingCodes.normalise(codeOrNationalId);
        var found = BookingCodes.looksLikeCode(typed) ? appointments.byCode(typed) : todayFor(officeId, typed);
        if (found.isEmpty()) return new CheckIn.Refused(Refusal.NOT_FOUND);
        var a = found.get();
        if (!a.officeId().equals(officeId)) return new CheckIn.Refused(Refusal.WRONG_OFFICE);
        if (a.status() != Appointment.Status.BOOKED) return new CheckIn.Refused(Refusal.ALREADY_CHECKED_IN);
        var day = today();
        if (!a.startsAt().atZone(calendars.zone()).toLocalDate().equals(day)) return new CheckIn.Refused(Refusal.NOT_TODAY);
        return tx.execute(status -> {
            jdbc.sql("INSERT INTO appointment_ticket_counters (office_id, ticket_day, last_ticket) VALUES (:o, :d, 0) ON CONFLICT DO NOTHING")
                    .param("o", officeId).param("d", day).update();
            jdbc.sql("UPDATE appointment_ticket_counters SET last_ticket = last_ticket + 1 WHERE office_id = :o AND ticket_day = :d")
                    .param("o", officeId).param("d", day).update();
            int ticket = jdbc.sql("SELECT last_ticket FROM appointment_ticket_counters WHERE office_id = :o AND ticket_day = :d")
                    .param("o", officeId).param("d", day).query(Integer.class).single();
            var done = jdbc.sql("""
                            UPDATE appointments SET status = 'CHECKED_IN', ticket = :t, ticket_day = :d, checked_in_at = :at
                            WHERE id = :id AND status = 'BOOKED'""")
                    .param("t", ticket).param("d", day).param("at", Timestamp.from(clock.instant())).param("id", a.id())
                    .update() == 1;
            if (!done) {
                status.setRollbackOnly();
                return new CheckIn.Refused(Refusal.ALREADY_CHECKED_IN);
            }
            audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "appointment.check-in", a.person(),
                    a.caseReference(), a.code() + " ticket " + ticket, staff.department()));
            return new CheckIn.Done(appointments.byId(a.id()).orElseThrow(), ticket);
        });
    }

    private Optional<Appointment> todayFor(String officeId, String nationalId) {
        var day = today();
        return appointments.atOffice(officeId, day.atStartOfDay(calendars.zone()).toInstant(),
                        day.plusDays(1).atStartOfDay(calendars.zone()).toInstant()).stream()
                .filter(a -> a.person().equals(nationalId) && a.status() == Appointment.Status.BOOKED).findFirst();
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

    public List<Appointment> waiting(String officeId) {
        return appointments.inQueue(officeId, today(), Appointment.Status.CHECKED_IN, "ticket");
    }

    /** Called today, latest first: what the waiting-room screen shows. */
    public List<Appointment> called(String officeId, int limit) {
        var all = new ArrayList<Appointment>();
        for (var s : List.of(Appointment.Status.CALLED, Appointment.Status.SERVED, Appointment.Status.NO_SHOW)) {
            all.addAll(appointments.inQueue(officeId, today(), s, "called_at DESC"));
        }
        all.sort(Comparator.comparing((Appointment a) -> a.calledAt() == null ? Instant.MIN : a.calledAt())
                .reversed());
        return all.stream().limit(limit).toList();
    }

    /** Average time from check-in to call today at the office; null when nobody was called yet. */
    public @Nullable Duration averageWait(String officeId) {
        var waits = called(officeId, 10_000).stream().filter(a -> a.checkedInAt() != null && a.calledAt() != null)
                .map(a -> Duration.between(a.checkedInAt(), a.calledAt()).toSeconds()).toList();
        if (waits.isEmpty()) return null;
        return Duration.ofSeconds(Math.round(waits.stream().mapToLong(Long::longValue).average().orElse(0)));
    }
}
