package org.nafitha.operations.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A listener for the tests of the outbox: at the moment its transaction is about to commit, it looks, on that
 * transaction's own connection, whether its outbox entry is already marked done. Part of every test context
 * ({@code NafithaTest}), so that proving this costs no context of its own; it hears only its own event.
 */
public class OutboxProbe {

    /** What a test publishes: a word to find its entry by, and whether the listener should fail. */
    public record Probed(String word, boolean fail) {
    }

    /** Heard by two listeners: its two entries are written together. */
    public record ProbedTwice(String word) {
    }

    /** Heard by a listener whose transaction only reads. */
    public record ProbedReading(String word) {
    }

    /** For each word heard: whether its entry was complete inside the listener's transaction, just before it committed. */
    private final Map<String, Boolean> completeBeforeCommit = new ConcurrentHashMap<>();
    private final Map<String, Boolean> heard = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    OutboxProbe(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the entry of the event with this word was complete just before its listener's transaction committed. */
    public Boolean completeBeforeCommit(String word) {
        return completeBeforeCommit.get(word);
    }

    public boolean heard(String word) {
        return heard.containsKey(word);
    }

    @ApplicationModuleListener
    void on(Probed probed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                completeBeforeCommit.put(probed.word(), jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication
                                WHERE serialized_event LIKE :word AND completion_date IS NOT NULL""")
                        .param("word", "%" + probed.word() + "%").query(Integer.class).single() == 1);
            }
        });
        heard.put(probed.word(), true);
        if (probed.fail()) throw new IllegalStateException("the probe was asked to fail");
    }

    @ApplicationModuleListener
    void on(ProbedTwice probed) {
        heard.put(probed.word(), true);
    }

    @ApplicationModuleListener
    void again(ProbedTwice probed) {
        heard.put(probed.word() + " again", true);
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ProbedReading probed) {
        heard.put(probed.word(), true);
    }
}
