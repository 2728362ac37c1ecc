package org.nafitha.operations.internal;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests in flight and when one last finished: the watchdog's evidence that the
 * request threads still run. First of all filters, so a request stuck anywhere is seen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProgress extends OncePerRequestFilter {

    private final ConcurrentHashMap<Long, Long> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong lastFinished = new AtomicLong(System.nanoTime());

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = started();
        try {
            chain.doFilter(request, response);
        } finally {
            finished(id);
        }
    }

    long started() {
        var id = ids.incrementAndGet();
        inFlight.put(id, System.nanoTime());
        return id;
    }

    void finished(long id) {
        inFlight.remove(id);
        lastFinished.set(System.nanoTime());
    }

    int inFlight() {
        return inFlight.size();
    }

    long lastFinishedNanos() {
        return lastFinished.get();
    }

    OptionalLong oldestStartNanos() {
        return inFlight.values().stream().mapToLong(Long::longValue).min();
    }
}
