package org.nafitha.kiosk.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a kiosk session carries: the mark that this browser is a kiosk (kept from one person to
 * the next), and, once someone has presented a card, the time of their last touch.
 */
public final class KioskSessions {

    static final String KIOSK = "nafitha.kiosk";
    static final String LAST_TOUCH = "nafitha.kiosk.last-touch";

    private KioskSessions() {
    }

    /** Marks the browser as a kiosk. */
    public static void mark(HttpServletRequest request) {
        request.getSession().setAttribute(KIOSK, Boolean.TRUE);
    }

    public static boolean isKiosk(@Nullable HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(KIOSK));
    }

    /** Someone is at the screen from now on: the idle clock runs. */
    public static void touched(HttpServletRequest request, Instant at) {
        request.getSession().setAttribute(LAST_TOUCH, at);
    }

    static @Nullable Instant lastTouch(HttpSession session) {
        return session.getAttribute(LAST_TOUCH) instanceof Instant at ? at : null;
    }

    /** Forgets the person (sign-in, answers, everything) but keeps the browser a kiosk. */
    public static void endFor(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) session.invalidate();
        mark(request);
    }
}
