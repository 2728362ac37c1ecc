package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.nafitha.cases.CaseMessagePosted;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Written words on a case besides decisions: internal notes, which only staff of the department
 * read, and messages between staff and the applicant, which both sides read.
 */
@Service
public class CaseNotes {

    public static final int MAX_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseNotes(JdbcClient jdbc, Cases cases, CaseAccess access, Clock clock,
              ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    public record Note(long id, String author, String authorRole, boolean internal, String body, Instant at) {
    }

    public enum Outcome { ADDED, NOT_FOUND, EMPTY, TOO_LONG, NOT_PERMITTED }

    /** Staff may write either kind; the applicant's side writes messages only. */
    @Transactional
    public Outcome add(CaseReference reference, Actor actor, boolean internal, String body) {
        var found = cases.find(reference).filter(c -> access.visibleTo(c, actor));
        if (found.isEmpty()) return Outcome.NOT_FOUND;
        if (internal && !actor.isStaff()) return Outcome.NOT_PERMITTED;
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) return Outcome.EMPTY;
        if (text.length() > MAX_LENGTH) return Outcome.TOO_LONG;
        var now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO case_notes (case_reference, author, author_role, internal, body, at)
                        VALUES (:ref, :author, :role, :internal, :body, :at)""")
                .param("ref", reference.value()).param("author", actor.username())
                .param("role", actor.isStaff() ? actor.primaryRole().name() : "APPLICANT")
                .param("internal", internal).param("body", text).param("at", Timestamp.from(now))
                .update(keys, "id");
        if (!internal && actor.isStaff()) {
            var c = found.get();
            events.publishEvent(new CaseMessagePosted(reference, c.serviceCode(), c.applicant(),
                    Objects.requireNonNull(keys.getKey()).longValue(), now));
        }
        return Outcome.ADDED;
    }

    /** The notes the actor may read, oldest first; empty when the case is not theirs to see. */
    public Optional<List<Note>> of(CaseReference reference, Actor actor) {
        return cases.find(reference).filter(c -> access.visibleTo(c, actor)).map(c -> jdbc.sql("""
                        SELECT id, author, author_role, internal, body, at FROM case_notes
                        WHERE case_reference = :ref AND (internal = FALSE OR :staff = TRUE) ORDER BY id""")
                .param("ref", reference.value()).param("staff", actor.isStaff())
                .query((rs, n) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list());
    }
}
