package org.nafitha.operations.internal;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to throw away a connection that landed on a standby. During a
 * failover, for the second or two before the load balancer follows the new primary, a connection
 * can reach the old primary restarting as a standby; every write on it fails with SQL state 25006
 * (read-only transaction), and HikariCP would hand it out again and again, because it evicts only
 * on connection errors. Evicted, the next borrow opens a fresh connection to the primary.
 * Configured as {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class StandbyConnections implements SQLExceptionOverride {

    static final String READ_ONLY = "25006";
    /** HikariCP's message for a connection it already closed as broken (it carries no SQL state). */
    static final String CLOSED_BY_POOL = "Connection is closed";

    // (no @Override annotation: the interface's own Override enum shadows it here)
    public Override adjudicate(SQLException e) {
        return READ_ONLY.equals(e.getSQLState()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
