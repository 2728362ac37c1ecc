package org.nafitha.operations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's JDBC outbox, except that the entries of one event — one per interested listener — are
 * written by one INSERT with a row each, not one INSERT per listener. A case's status change has up to three
 * listeners: three statements, each a round trip on the publishing transaction, were a tenth of a case
 * transition's statements in {@code bench/run casework} (issue 27). The rows are Modulith's own (its schema
 * v2, as {@code V1__root_event_publication.sql} creates it), written in the same transaction and before
 * {@code store} returns, so an acknowledged submission's events are as durable as before. Everything else is
 * Modulith's repository.
 */
final class OneInsertPerEvent implements EventPublicationRepository {

    private static final String INSERT = """
            INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                                           completion_attempts, last_resubmission_date) VALUES\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    /** The entries of the event this thread is storing, while it is. */
    private static final ThreadLocal<List<TargetEventPublication>> STORING = new ThreadLocal<>();

    private final EventPublicationRepository modulith;
    private final JdbcOperations jdbc;
    private final EventSerializer serializer;

    OneInsertPerEvent(EventPublicationRepository modulith, JdbcOperations jdbc, EventSerializer serializer) {
        this.modulith = modulith;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Runs the storing of one event's entries, and writes them all with one statement as it ends. */
    <T> T together(Supplier<T> storing) {
        var entries = new ArrayList<TargetEventPublication>();
        STORING.set(entries);
        try {
            var stored = storing.get();
            write(entries);
            return stored;
        } finally {
            STORING.remove();
        }
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        var entries = STORING.get();
        if (entries == null) return modulith.create(publication);
        entries.add(publication);
        return publication;
    }

    private void write(List<TargetEventPublication> entries) {
        if (entries.isEmpty()) return;
        if (entries.size() == 1) {
            modulith.create(entries.getFirst());
            return;
        }
        var values = new ArrayList<>(entries.size() * 8);
        for (var entry : entries) {
            var published = Timestamp.from(entry.getPublicationDate());
            // as Modulith's own INSERT writes them: one attempt, the last "resubmission" the publication itself
            Collections.addAll(values, entry.getIdentifier(), entry.getEvent().getClass().getName(),
                    entry.getTargetIdentifier().getValue(), published, serializer.serialize(entry.getEvent()).toString(),
                    entry.getStatus().name(), 1, published);
        }
        jdbc.update(INSERT + String.join(", ", Collections.nCopies(entries.size(), ROW)), values.toArray());
    }

    @Override
    public void markProcessing(UUID identifier) {
        modulith.markProcessing(identifier);
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant at) {
        modulith.markCompleted(publication, at);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant at) {
        modulith.markCompleted(event, identifier, at);
    }

    @Override
    public void markCompleted(UUID identifier, Instant at) {
        modulith.markCompleted(identifier, at);
    }

    @Override
    public void markFailed(UUID identifier) {
        modulith.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant at) {
        return modulith.markResubmitted(identifier, at);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return modulith.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return modulith.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
            Object event, PublicationTargetIdentifier identifier) {
        return modulith.findIncompletePublicationsByEventAndTargetIdentifier(event, identifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return modulith.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        modulith.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        modulith.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        modulith.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return modulith.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return modulith.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return modulith.countByStatus(status);
    }
}
