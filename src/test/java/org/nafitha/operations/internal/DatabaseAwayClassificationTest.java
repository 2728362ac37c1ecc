package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride.Override;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a failover looks like from inside a node (seen in ops/drills/failover): a write reaching the
 * old primary now a standby, and a rollback failing on a connection the pool already closed. Both
 * are "the database is away" (503), not the request's fault (500); the standby's connection is
 * thrown away by the pool.
 */
class DatabaseAwayClassificationTest {

    @Test
    void aWriteThatReachedAStandbyIsTheDatabaseAwayAndItsConnectionIsEvicted() {
        var readOnly = new SQLException("cannot execute INSERT in a read-only transaction", "25006");
        assertThat(DatabaseAway.databaseAway(new UncategorizedSQLException("insert", "INSERT ...", readOnly))).isTrue();
        assertThat(new StandbyConnections().adjudicate(readOnly)).isEqualTo(Override.MUST_EVICT);
        assertThat(new StandbyConnections().adjudicate(new SQLException("duplicate key", "23505")))
                .isEqualTo(Override.CONTINUE_EVICT);
    }

    @Test
    void aRollbackThatFailedAfterTheConnectionWasLostIsTheDatabaseAway() {
        var lost = new UncategorizedSQLException("commit", null, new SQLException("terminating connection", "57P01"));
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(lost);
        assertThat(DatabaseAway.databaseAway(rollback)).isTrue();
        assertThat(DatabaseAway.databaseAway(new SQLException("Connection is closed"))).isTrue();
    }

    @Test
    void aQueryTheDatabaseRefusedIsNotTheDatabaseAway() {
        assertThat(DatabaseAway.databaseAway(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed");
        rollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseAway.databaseAway(rollback)).isFalse();
    }
}
