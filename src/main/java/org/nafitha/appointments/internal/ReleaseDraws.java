package org.nafitha.appointments.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;

/**
 * The fair release. Requests in a new day's first window are entries, not bookings; when the
 * window closes one node — holding the lock on the day's release row — draws a random seed,
 * records it with the free seats, and seats the entries in the order {@link Draw} gives. Anyone
 * can re-run it ({@link #verify}). Bookings after the window wait for the draw, then come first
 * come first served.
 */
@Service
public class ReleaseDraws {

    private final JdbcClient jdbc;
    private final Slots slots;
    private final Offices offices;
    private final Seating seating;
    private final AuditTrail audit;
    private final AppointmentsProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReleaseDraws(JdbcClient jdbc, Slots slots, Offices offices, Seating seating, AuditTrail audit,
                 AppointmentsProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.offices = offices;
        this.seating = seating;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A request in the window: one entry per person, service and day, whatever they send. */
    BookingOutcome enter(BookingChecks.Checked c, Releases.Release release) {
        var r = c.request();
        var inserted = jdbc.sql("""
                        INSERT INTO appointment_draw_entries (id, office_id, release_day, slot_id, person, booked_by, service_code,
                                                              case_reference, entered_at)
                        VALUES (:id, :o, :d, :slot, :p, :by, :s, :ref, :at) ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("o", c.office().id()).param("d", release.day())
                .param("slot", c.slot().id()).param("p", c.person()).param("by", r.actor().username())
                .param("s", r.serviceCode()).param("ref", r.caseReference())
                .param("at", Timestamp.from(clock.instant())).update() == 1;
        return inserted ? new BookingOutcome.EnteredDraw(release.windowEndsAt())
                : new BookingOutcome.Refused(Refusal.ALREADY_IN_DRAW);
    }

    @Scheduled(fixedDelayString = "${nafitha.appointments.draw-every:15s}", initialDelayString = "20s")
    void onSchedule() {
        if (properties.jobs()) drawDue();
    }

    /** Draws every day whose window has closed. @return how many days were drawn */
    public int drawDue() {
        record Due(String office, LocalDate day) {
        }
        var due = jdbc.sql("""
                        SELECT office_id, release_day FROM appointment_releases WHERE drawn_at IS NULL AND window_ends_at <= :now
                        ORDER BY window_ends_at LIMIT 200""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        return (int) due.stream().filter(d -> draw(d.office(), d.day())).count();
    }

    /** Before the first first-come booking of a day: its draw has run (here, if no node ran it yet). */
    void ensureDrawn(String officeId, LocalDate day) {
        var drawn = jdbc.sql("SELECT drawn_at FROM appointment_releases WHERE office_id = :o AND release_day = :d")
                .param("o", officeId).param("d", day).query(Timestamp.class).optional();
        if (drawn.isPresent() && drawn.get() == null) draw(officeId, day);
    }

    /** @return false when another node drew it already or its window is still open */
    public boolean draw(String officeId, LocalDate day) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            var locked = jdbc.sql("""
                            SELECT office_id FROM appointment_releases
                            WHERE office_id = :o AND release_day = :d AND drawn_at IS NULL AND window_ends_at <= :now FOR UPDATE""")
                    .param("o", officeId).param("d", day).param("now", Timestamp.from(clock.instant()))
                    .query(String.class).optional();
            if (locked.isEmpty()) return false;
            var office = offices.find(officeId).orElseThrow();
            var free = new HashMap<Long, Integer>();
            slots.forDay(office, day).forEach(s -> free.put(s.id(), s.free()));
            var entries = entries(officeId, day);
            var seed = newSeed();
            var winners = Draw.allot(seed, entries.stream().map(Row::entry).toList(), free);
            for (var e : Draw.order(seed, entries.stream().map(Row::entry).toList())) {
                var row = entries.stream().filter(x -> x.entry().id().equals(e.id())).findFirst().orElseThrow();
                seatWinner(row, office, winners.contains(e.id()));
            }
            jdbc.sql("UPDATE appointment_releases SET seed = :seed, free_seats = :free, drawn_at = :at WHERE office_id = :o AND release_day = :d")
                    .param("seed", seed).param("free", Draw.format(free)).param("at", Timestamp.from(clock.instant()))
                    .param("o", officeId).param("d", day).update();
            audit.record(new AuditEntry("system", "SYSTEM", "appointment.draw", null, null,
                    officeId + " " + day + " seed " + seed + " entries " + entries.size() + " seated " + winners.size()));
            return true;
        }));
    }

    private void seatWinner(Row row, Office office, boolean allotted) {
        @Nullable UUID appointment = null;
        if (allotted) {
            var seat = new Seating.Seat(row.entry().person(), row.bookedBy(), "APPLICANT", row.entry().serviceCode(), office,
                    row.entry().slotId(), row.startsAt(), offices.minutes(row.entry().serviceCode(), office).orElse(office.slotMinutes()),
                    row.caseReference());
            // a winner who booked the same service elsewhere meanwhile keeps that one; the seat stays free
            if (seating.take(seat) instanceof BookingOutcome.Booked b) appointment = b.appointment().id();
        }
        jdbc.sql("UPDATE appointment_draw_entries SET allotted = :a, appointment_id = :id WHERE id = :e")
                .param("a", allotted).param("id", appointment).param("e", row.entry().id()).update();
    }

    record Row(Draw.Entry entry, String bookedBy, @Nullable String caseReference, Instant startsAt) {
    }

    private List<Row> entries(String officeId, LocalDate day) {
        return jdbc.sql("""
                        SELECT e.id, e.slot_id, e.person, e.service_code, e.booked_by, e.case_reference, s.starts_at
                        FROM appointment_draw_entries e JOIN appointment_slots s ON s.id = e.slot_id
                        WHERE e.office_id = :o AND e.release_day = :d""")
                .param("o", officeId).param("d", day)
                .query((rs, n) -> new Row(new Draw.Entry(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Re-runs a recorded draw from its seed and free seats. @return true when it gives the recorded allotment */
    public boolean verify(String officeId, LocalDate day) {
        var release = jdbc.sql("SELECT seed, free_seats FROM appointment_releases WHERE office_id = :o AND release_day = :d AND drawn_at IS NOT NULL")
                .param("o", officeId).param("d", day)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional();
        if (release.isEmpty()) return false;
        var entries = entries(officeId, day).stream().map(Row::entry).toList();
        var again = Draw.allot(release.get()[0], entries, Draw.parse(release.get()[1]));
        Set<UUID> recorded = jdbc.sql("SELECT id FROM appointment_draw_entries WHERE office_id = :o AND release_day = :d AND allotted")
                .param("o", officeId).param("d", day).query(UUID.class).list().stream().collect(Collectors.toSet());
        return again.equals(recorded);
    }

    private static String newSeed() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
