package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reception checking a person in at the office on the day of their appointment (booking code from the QR,
 * or national ID) and handing out the next ticket number: one conditional UPDATE, so a person is checked
 * in once, on one node or several.
 */
@Service
public class CheckingIn {

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

    CheckingIn(Appointments appointments, JdbcClient jdbc, AuditTrail audit, Calendars calendars, Clock clock,
               PlatformTransactionManager transactions) {
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    public CheckIn checkIn(Actor staff, String officeId, String codeOrNationalId) {
        var typed = BookingCodes.normalise(codeOrNationalId);
        var found = BookingCodes.looksLikeCode(typed) ? appointments.byCode(typed) : todayFor(officeId, typed);
        if (found.isEmpty()) return new CheckIn.Refused(Refusal.NOT_FOUND);
        var a = found.get();
        if (!a.officeId().equals(officeId)) return new CheckIn.Refused(Refusal.WRONG_OFFICE);
        if (a.status() != Appointment.Status.BOOKED) return new CheckIn.Refused(Refusal.ALREADY_CHECKED_IN);
        var day = calendars.today(clock);
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
        var day = calendars.today(clock);
        return appointments.atOffice(officeId, day.atStartOfDay(calendars.zone()).toInstant(),
                        day.plusDays(1).atStartOfDay(calendars.zone()).toInstant()).stream()
                .filter(a -> a.person().equals(nationalId) && a.status() == Appointment.Status.BOOKED).findFirst();
    }
}
