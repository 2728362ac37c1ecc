package org.nafitha.appointments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointments as rows; the active key and the ticket are guarded by unique indexes. */
@Repository
public class Appointments {

    static final String COLUMNS = """
            id, code, person, booked_by, service_code, office_id, slot_id, starts_at, minutes, case_reference, status,
            created_at, ticket, checked_in_at, called_at, counter_no, finished_at""";

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this person already holds an active appointment for the service */
    boolean insert(Appointment a) {
        return jdbc.sql("""
                        INSERT INTO appointments (id, code, person, booked_by, service_code, office_id, slot_id, starts_at,
                                                  minutes, case_reference, status, active_key, created_at)
                        VALUES (:id, :code, :person, :by, :service, :office, :slot, :start, :minutes, :ref, 'BOOKED',
                                :active, :created)
                        ON CONFLICT DO NOTHING""")
                .param("id", a.id()).param("code", a.code()).param("person", a.person()).param("by", a.bookedBy())
                .param("service", a.serviceCode()).param("office", a.officeId()).param("slot", a.slotId())
                .param("start", Timestamp.from(a.startsAt())).param("minutes", a.minutes())
                .param("ref", a.caseReference()).param("active", activeKey(a.person(), a.serviceCode()))
                .param("created", Timestamp.from(a.createdAt()))
                .update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM appointments WHERE id = :id").param("id", id).update();
    }

    static String activeKey(String person, String serviceCode) {
        return person + "|" + serviceCode;
    }

    public Optional<Appointment> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointments WHERE code = :c").param("c", code)
                .query(Appointments::row).optional();
    }

    public Optional<Appointment> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointments WHERE id = :id").param("id", id)
                .query(Appointments::row).optional();
    }

    /** A person's appointments, those to come first. */
    public List<Appointment> of(String person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointments WHERE person = :p ORDER BY starts_at DESC LIMIT 50")
                .param("p", person).query(Appointments::row).list();
    }

    long activeCount(String person) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE person = :p AND active_key IS NOT NULL")
                .param("p", person).query(Long.class).single();
    }

    /** An office's appointments in [from, to), by start. */
    public List<Appointment> atOffice(String officeId, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM appointments WHERE office_id = :o AND starts_at >= :f AND starts_at < :t
                        AND status <> 'CANCELLED' ORDER BY starts_at, ticket""")
                .param("o", officeId).param("f", Timestamp.from(from)).param("t", Timestamp.from(to))
                .query(Appointments::row).list();
    }

    /** Today's queue at an office in one status, by ticket. */
    public List<Appointment> inQueue(String officeId, LocalDate day, Appointment.Status status, String order) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointments WHERE office_id = :o AND ticket_day = :d AND status = :s ORDER BY "
                        + order)
                .param("o", officeId).param("d", day).param("s", status.name())
                .query(Appointments::row).list();
    }

    static Appointment row(ResultSet rs, int n) throws SQLException {
        return new Appointment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getInt(9),
                rs.getString(10), Appointment.Status.valueOf(rs.getString(11)), rs.getTimestamp(12).toInstant(),
                (Integer) rs.getObject(13), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)),
                (Integer) rs.getObject(16), instant(rs.getTimestamp(17)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
