package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What municipal affairs' pages read: the registrations waiting (mobile proven, not decided),
 * oldest first, filtered and a page at a time, each with its proposal if one was made; one
 * registration in full; and the batches proposed and not yet confirmed.
 */
@Repository
public class RegistrationQueue {

    /**
     * {@code municipalities} null for all; {@code role} MUNICIPAL_STAFF, MUKHTAR or null;
     * {@code since} registered at or after it, or null.
     */
    public record Filter(@Nullable List<String> municipalities, @Nullable String role, @Nullable Instant since) {
    }

    /** A registration with its proposal ({@code proposedBy} and {@code batch} null when none). */
    public record Entry(UUID id, String municipality, String role, String position, String officialName,
                        String nationalId, String mobile, String username, UUID decree, String status,
                        @Nullable String refusalReason, Instant registeredAt, @Nullable String proposedBy,
                        @Nullable UUID batch) {
    }

    public record Page(List<Entry> entries, long total) {
    }

    /** Registrations proposed together by one person, not yet all decided. */
    public record Batch(UUID id, String proposedBy, Instant proposedAt, List<Entry> entries) {
    }

    private static final String WAITING = """
            WHERE r.status = 'SUBMITTED' AND (:allPlaces OR r.municipality IN (:places))
              AND (CAST(:role AS VARCHAR(20)) IS NULL OR r.role = :role)
              AND (CAST(:since AS TIMESTAMP WITH TIME ZONE) IS NULL OR r.registered_at >= :since)""";

    private final JdbcClient jdbc;

    RegistrationQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code page} from 1. */
    public Page waiting(Filter filter, int page, int size) {
        var total = filtered("SELECT COUNT(*) FROM municipal_registrations r " + WAITING, filter).query(Long.class).single();
        var entries = filtered("SELECT " + RegistrationQueueRows.COLUMNS + " " + WAITING
                        + " ORDER BY r.registered_at, r.id OFFSET :skip ROWS FETCH FIRST :size ROWS ONLY", filter)
                .param("skip", (long) (page - 1) * size).param("size", size)
                .query((rs, n) -> RegistrationQueueRows.entry(rs)).list();
        return new Page(entries, total);
    }

    public Optional<Entry> find(UUID id) {
        return jdbc.sql("SELECT " + RegistrationQueueRows.COLUMNS + " WHERE r.id = :id").param("id", id)
                .query((rs, n) -> RegistrationQueueRows.entry(rs)).optional();
    }

    /** Batches with at least one registration still waiting, oldest first; only the waiting ones listed. */
    public List<Batch> openBatches() {
        var waiting = jdbc.sql("SELECT " + RegistrationQueueRows.COLUMNS + """
                         WHERE r.status = 'SUBMITTED' AND p.batch_id IS NOT NULL
                        ORDER BY p.proposed_at, p.batch_id, r.registered_at, r.id FETCH FIRST 500 ROWS ONLY""")
                .query((rs, n) -> RegistrationQueueRows.entry(rs)).list();
        var batches = new LinkedHashMap<UUID, List<Entry>>();
        waiting.forEach(e -> batches.computeIfAbsent(e.batch(), b -> new ArrayList<>()).add(e));
        return batches.entrySet().stream().map(b -> new Batch(b.getKey(), b.getValue().getFirst().proposedBy(),
                proposedAt(b.getKey()), List.copyOf(b.getValue()))).toList();
    }

    /** The waiting registrations of one batch. */
    public List<UUID> waitingIn(UUID batch) {
        return jdbc.sql("""
                        SELECT p.registration_id FROM municipal_registration_proposals p
                        JOIN municipal_registrations r ON r.id = p.registration_id
                        WHERE p.batch_id = :b AND r.status = 'SUBMITTED' ORDER BY r.registered_at, r.id""")
                .param("b", batch).query(UUID.class).list();
    }

    /** The officials' names of these registrations, to say whose registration an answer is about. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        var names = new LinkedHashMap<UUID, String>();
        jdbc.sql("SELECT id, official_name FROM municipal_registrations WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }

    private Instant proposedAt(UUID batch) {
        return jdbc.sql("SELECT MIN(proposed_at) FROM municipal_registration_proposals WHERE batch_id = :b")
                .param("b", batch).query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, Filter filter) {
        var places = filter.municipalities();
        return jdbc.sql(sql).param("allPlaces", places == null)
                .param("places", places == null || places.isEmpty() ? List.of("") : places)
                .param("role", filter.role())
                .param("since", filter.since() == null ? null : Timestamp.from(filter.since()));
    }
}
