package org.nafitha.operations.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.nafitha.operations.OperationsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database is away (restarting, failing over to its standby, unreachable), a request
 * that needs it is told so: 503 with {@code Retry-After}, as problem+json for the API and as a
 * short page in the reader's language for people — never a 500, which would say the request
 * itself was wrong. The node keeps running and reconnects by itself once the database answers
 * (the connection pool retries); nothing was acknowledged, so nothing is lost.
 *
 * <p>Outside the session and security filters, because they read the database first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseAway extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

    private final ServiceUnavailableAnswer answer;

    DatabaseAway(OperationsProperties properties, MessageSource messages, LocaleResolver locales) {
        this.answer = new ServiceUnavailableAnswer(properties, messages, locales);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseAway(e) || response.isCommitted()) throw e;
            log.warn("database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer.write(request, response);
        }
    }

    /** A connection that could not be had or was lost, as opposed to a query the database refused. */
    static boolean databaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // the rollback after a lost connection fails too: what counts is why the work failed
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && databaseAway(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionLost(sql.getSQLState())
                    || StandbyConnections.CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 08: connection exception; 57P01-03: the server shuts down, crashed, or cannot accept yet;
     * 25006: a read-only transaction — the connection reached a standby (a failover in progress).
     */
    static boolean connectionLost(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0")
                || StandbyConnections.READ_ONLY.equals(sqlState));
    }

    private static @Nullable String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
