package org.nafitha.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.ErrorCode;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-language interpreters for appointments: asked for when booking or later on the booked
 * appointment, shown to the office's reception ahead of the visit so that one is arranged
 * ({@link InterpretersNeeded}), and at check-in. No phone call is needed to ask.
 */
@Service
public class Interpreters {

    public static final int NOTE_LENGTH = 300;

    private final JdbcClient jdbc;
    private final ChangingAppointments changing;
    private final AuditTrail audit;
    private final Clock clock;

    Interpreters(JdbcClient jdbc, ChangingAppointments changing, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.changing = changing;
        this.audit = audit;
        this.clock = clock;
    }

    public record Request(String requestedBy, @Nullable String note, Instant requestedAt) {
    }

    /** Why not: {@code appointments.interpreter.refused.<code>}. */
    public enum Refusal implements ErrorCode {
        /** No booked appointment of the person's has this id. */
        NOT_BOOKED(404), NOTE_TOO_LONG(422);

        private final Definition definition;

        Refusal(int status) {
            this.definition = Definition.dashed(status, "appointments.interpreter.refused.", name());
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Asks for an interpreter for one's own (or one's booked) appointment; asking twice keeps the first. */
    @Transactional
    public Optional<Refusal> request(Actor actor, String code, @Nullable String note) {
        var appointment = changing.mine(actor, code).filter(a -> a.status() == Appointment.Status.BOOKED);
        if (appointment.isEmpty()) return Optional.of(Refusal.NOT_BOOKED);
        var text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LENGTH) return Optional.of(Refusal.NOTE_TOO_LONG);
        var a = appointment.get();
        var added = jdbc.sql("""
                        INSERT INTO appointment_interpreters (appointment_id, requested_by, note, requested_at)
                        VALUES (:id, :by, :note, :at) ON CONFLICT DO NOTHING""")
                .param("id", a.id()).param("by", actor.username()).param("note", text)
                .param("at", Timestamp.from(clock.instant())).update() == 1;
        if (added) {
            audit.record(new AuditEntry(actor.username(), Role.APPLICANT.name(), "appointment.interpreter-requested",
                    a.person(), a.caseReference(), a.code()));
        }
        return Optional.empty();
    }

    @Transactional
    public boolean withdraw(Actor actor, String code) {
        return changing.mine(actor, code).filter(a -> a.status() == Appointment.Status.BOOKED)
                .map(a -> jdbc.sql("DELETE FROM appointment_interpreters WHERE appointment_id = :id")
                        .param("id", a.id()).update() == 1)
                .orElse(false);
    }

    public Optional<Request> of(UUID appointment) {
        return jdbc.sql("SELECT requested_by, note, requested_at FROM appointment_interpreters WHERE appointment_id = :id")
                .param("id", appointment)
                .query((rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }
}
