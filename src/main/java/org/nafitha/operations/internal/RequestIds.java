package org.nafitha.operations.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, put in the log context ({@code requestId}) and answered in
 * {@code X-Request-Id}: one citizen's complaint leads to every log line the request wrote, on
 * whichever node and in whichever module (the id travels with the work handed to other threads,
 * see {@link LogContextPassing}). An id sent by the load balancer is kept when it looks like one;
 * anything else a client sends is replaced, so nobody writes into the logs through this header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = idFor(request.getHeader(HEADER));
        MDC.put(KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }

    /**
     * The id sent, or a new random one. Not {@code UUID.randomUUID()}: a request id is no secret, and
     * drawing from the shared SecureRandom on every request was 2 % of {@code /bench/hello}'s CPU.
     */
    static String idFor(String sent) {
        if (sent != null && ACCEPTED.matcher(sent).matches()) return sent;
        var random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
