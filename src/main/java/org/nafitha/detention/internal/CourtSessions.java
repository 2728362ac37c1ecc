package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trial's sessions, oldest first. */
@Repository
public class CourtSessions {

    private final JdbcClient jdbc;

    CourtSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourtSession> of(UUID detainee) {
        return jdbc.sql("""
                        SELECT id, held_at, court_ar, court_en, outcome_ar, outcome_en
                        FROM detention_court_sessions WHERE detainee_id = :d ORDER BY held_at""")
                .param("d", detainee)
                .query((rs, n) -> new CourtSession(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6))).list();
    }

    public void add(UUID detainee, Instant at, String courtAr, String courtEn, @Nullable String outcomeAr,
                    @Nullable String outcomeEn) {
        jdbc.sql("""
                        INSERT INTO detention_court_sessions (id, detainee_id, held_at, court_ar, court_en, outcome_ar, outcome_en)
                        VALUES (:id, :d, :at, :courtAr, :courtEn, :outcomeAr, :outcomeEn)""")
                .param("id", UUID.randomUUID()).param("d", detainee).param("at", Timestamp.from(at))
                .param("courtAr", courtAr).param("courtEn", courtEn).param("outcomeAr", outcomeAr)
                .param("outcomeEn", outcomeEn).update();
    }
}
