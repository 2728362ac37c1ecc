package org.nafitha.operations.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transaction manager, as Spring Boot would make it, except for one kind of transaction: the
 * event publication registry's own bookkeeping, when it runs apart from the listener's transaction —
 * marking an event FAILED, or the marks of a listener without a transaction of its own — commits on
 * PostgreSQL without waiting for the write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit TO OFF}).
 *
 * <p>Each listener invocation was once three commits, each waiting for a disk flush, and the
 * listeners' threads spent most of their time waiting for the two that are bookkeeping (a flight
 * recording of {@code bench/run submit}, issue 27). A listener's COMPLETED now commits with its work
 * ({@link ListenerTransactionRegistry}); what is still apart may be lost in a crash safely: a lost
 * mark leaves the event unfinished, and it is handed out again (listeners are idempotent, as they
 * must be for at-least-once delivery). The submission's transaction, with the event stored in it,
 * and the listener's own work wait for the disk, as every other transaction does.
 */
@Configuration(proxyBeanMethods = false)
class OutboxBookkeeping {

    /**
     * The registry's transactional methods that only record an event's progress (not {@code store}), when
     * they run in a transaction of their own: a failure always, the others only for a listener without a
     * transaction (see {@link ListenerTransactionRegistry}).
     */
    static final String BOOKKEEPING = ListenerTransactionRegistry.class.getName() + ".mark";

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        var manager = new Manager(dataSource);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    static final class Manager extends JdbcTransactionManager {

        private volatile Boolean postgres;

        Manager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
            super.prepareTransactionalConnection(con, definition);
            var name = definition.getName();
            if (name != null && name.startsWith(BOOKKEEPING) && postgres(con)) {
                try (var statement = con.createStatement()) {
                    statement.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
        }

        private boolean postgres(Connection con) throws SQLException {
            var known = postgres;
            if (known == null) postgres = known = "PostgreSQL".equals(con.getMetaData().getDatabaseProductName());
            return known;
        }
    }
}
