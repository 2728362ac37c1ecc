package org.nafitha.operations.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Modulith's event publication registry, except that an outbox entry is marked done in its
 * listener's own transaction: the listener's work and the entry's COMPLETED commit together, or not
 * at all.
 *
 * <p>Modulith marks each entry PROCESSING before its listener runs and COMPLETED after, each mark a
 * transaction of its own ({@code REQUIRES_NEW}). That was 24 of the 35.6 statements of a case
 * transition in {@code bench/run casework} (issue 27): three entries, each BEGIN, {@code SET LOCAL},
 * UPDATE, COMMIT twice over. Here, with the listener's transaction opened ahead of Modulith's
 * completion interceptor ({@link OutboxInListenerTransactions}):
 * <ul>
 *   <li>COMPLETED joins the listener's transaction: one UPDATE, no commit of its own. It is as safe as
 *       before, and more exact: the mark can no longer be lost after the work committed, nor be
 *       written for work that rolled back;</li>
 *   <li>PROCESSING is not written while a listener's transaction is open. Nobody else could see it
 *       before the COMPLETED that replaces it in the same commit; and it claimed nothing (Modulith
 *       ignores whether it updated a row), so recovery ({@link OutboxRecovery}) is unchanged: it
 *       hands out again what is unfinished after five minutes, whatever its status;</li>
 *   <li>FAILED keeps a transaction of its own, which commits while the listener's rolls back. It is
 *       written while the listener's transaction still holds its connection, so a failing listener takes
 *       a second one for that moment; the listeners' threads are far fewer than the pool's connections.</li>
 * </ul>
 * A listener without a transaction of its own gets the marks as before, and so does one whose
 * transaction only reads (it could not write the mark).
 */
class ListenerTransactionRegistry extends DefaultEventPublicationRegistry {

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final OneInsertPerEvent inserts;

    @Autowired
    ListenerTransactionRegistry(EventPublicationRepository events, ObjectProvider<Clock> clock,
                                ObjectProvider<PlatformTransactionManager> transactions, JdbcOperations jdbc,
                                EventSerializer serializer) {
        this(new OneInsertPerEvent(events, jdbc, serializer), clock, transactions);
    }

    private ListenerTransactionRegistry(OneInsertPerEvent inserts, ObjectProvider<Clock> clock,
                                        ObjectProvider<PlatformTransactionManager> transactions) {
        super(inserts, clock.getIfAvailable(Clock::systemUTC));
        this.inserts = inserts;
        this.transactions = transactions;
    }

    /** An event's entries, one per interested listener, written by one statement ({@link OneInsertPerEvent}). */
    @Override
    public Collection<TargetEventPublication> store(Object event, Stream<PublicationTargetIdentifier> listeners) {
        return inserts.together(() -> super.store(event, listeners));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void markProcessing(Object event, PublicationTargetIdentifier identifier) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) super.markProcessing(event, identifier);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void markCompleted(Object event, PublicationTargetIdentifier identifier) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            super.markCompleted(event, identifier);
            return;
        }
        var apart = new TransactionTemplate(transactions.getObject());
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.setName(OutboxBookkeeping.BOOKKEEPING + "Completed");
        apart.executeWithoutResult(status -> ListenerTransactionRegistry.super.markCompleted(event, identifier));
    }
}
