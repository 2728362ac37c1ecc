package org.nafitha.kiosk.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.nafitha.kiosk.KioskProperties;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The kiosk's walls, in front of Spring Security: a kiosk session reaches only the kiosk's pages
 * (anything else goes back to the kiosk's start), and a person who has not touched the screen
 * for the idle timeout is signed out on their next request — the screen's countdown only shows it.
 */
class KioskBoundary extends OncePerRequestFilter {

    /**
     * Served as they are, and never a touch: a stylesheet's fonts load late, and a font sent to the
     * kiosk's start page instead would both leave the screen without its Arabic typeface and, arriving
     * after the idle timeout, sign the person out behind the page they are reading.
     */
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/fonts/", "/webjars/", "/img/", "/favicon.ico",
            "/error");

    private final Clock clock;
    private final Duration idleTimeout;

    KioskBoundary(Clock clock, KioskProperties properties) {
        this.clock = clock;
        this.idleTimeout = properties.idleTimeout();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (!KioskSessions.isKiosk(session)) {
            chain.doFilter(request, response);
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (ASSETS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (!path.equals("/kiosk") && !path.startsWith("/kiosk/")) {
            response.sendRedirect(request.getContextPath() + "/kiosk");
            return;
        }
        var last = KioskSessions.lastTouch(session);
        var now = clock.instant();
        if (last != null && Duration.between(last, now).compareTo(idleTimeout) > 0) {
            KioskSessions.endFor(request);
            response.sendRedirect(request.getContextPath() + "/kiosk?signedOut");
            return;
        }
        if (last != null) KioskSessions.touched(request, now);
        chain.doFilter(request, response);
    }
}
