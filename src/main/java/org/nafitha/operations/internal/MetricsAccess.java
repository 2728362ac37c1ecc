package org.nafitha.operations.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nafitha.operations.OperationsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} answers only the addresses in {@code nafitha.operations.metrics-from}
 * (Prometheus beside the node); to anyone else it does not exist (404). The figures name no person,
 * but queue depths and volumes are the ministry's business, not the public's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MetricsAccess extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    private final OperationsProperties properties;

    MetricsAccess(OperationsProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.metricsFrom().matcher(request.getRemoteAddr()).matches()) chain.doFilter(request, response);
        else response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
