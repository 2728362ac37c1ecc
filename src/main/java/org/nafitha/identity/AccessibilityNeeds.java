package org.nafitha.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalId;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a person asked the ministry to know so that it can serve them: a sign-language interpreter,
 * wheelchair access, someone to read documents aloud. Recorded by the person or, for a visitor,
 * by reception ({@link AccessibilityNeedsForm}); shown to staff on every case and appointment.
 */
@Service
public class AccessibilityNeeds {

    public enum Need { SIGN_LANGUAGE, WHEELCHAIR, READER }

    /** One recorded need, with the person's own words about it and who recorded it. */
    public record Recorded(Need need, @Nullable String note, String recordedBy, Instant recordedAt) {
    }

    /** Longest note kept with a need. */
    public static final int NOTE_LENGTH = 300;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AccessibilityNeeds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Recorded> of(NationalId person) {
        return jdbc.sql("""
                        SELECT need, note, recorded_by, recorded_at FROM accessibility_needs
                        WHERE national_id = :id ORDER BY need""")
                .param("id", person.value())
                .query((rs, n) -> new Recorded(Need.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** For pages that hold the person as the digits a case stores. */
    public List<Recorded> of(String nationalId) {
        return of(new NationalId(nationalId));
    }

    /**
     * Replaces the person's needs with these (need → note, blank for none), in one transaction
     * with its audit entry. Unchanged needs keep who recorded them and when.
     */
    @Transactional
    public void replace(NationalId person, Map<Need, String> needs, Actor by) {
        var current = of(person).stream().collect(Collectors.toMap(Recorded::need, r -> r));
        var now = Timestamp.from(clock.instant());
        for (var need : Need.values()) {
            var had = current.get(need);
            if (!needs.containsKey(need)) {
                if (had != null) {
                    jdbc.sql("DELETE FROM accessibility_needs WHERE national_id = :id AND need = :need")
                            .param("id", person.value()).param("need", need.name()).update();
                }
                continue;
            }
            var note = clean(needs.get(need));
            if (had != null && Objects.equals(had.note(), note)) continue;
            jdbc.sql("DELETE FROM accessibility_needs WHERE national_id = :id AND need = :need")
                    .param("id", person.value()).param("need", need.name()).update();
            // ON CONFLICT: a double-submitted form must not abort the transaction on PostgreSQL.
            jdbc.sql("""
                            INSERT INTO accessibility_needs (national_id, need, note, recorded_by, recorded_at)
                            VALUES (:id, :need, :note, :by, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("id", person.value()).param("need", need.name()).param("note", note)
                    .param("by", by.username()).param("at", now)
                    .update();
        }
        var self = person.value().equals(by.nationalId());
        audit.record(new AuditEntry(by.username(), self ? Role.APPLICANT.name() : by.primaryRole().name(),
                "person.needs-recorded", person.value(), null,
                needs.keySet().stream().map(Need::name).sorted().toList().toString()));
    }

    private static @Nullable String clean(@Nullable String note) {
        if (note == null || note.isBlank()) return null;
        var stripped = note.strip();
        return stripped.length() > NOTE_LENGTH ? stripped.substring(0, NOTE_LENGTH) : stripped;
    }
}
