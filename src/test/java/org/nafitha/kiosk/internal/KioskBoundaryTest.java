package org.nafitha.kiosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nafitha.TestClock;
import org.nafitha.kiosk.KioskProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The kiosk's walls: what a kiosk session may reach, and when it is signed out for being idle. */
class KioskBoundaryTest {

    private final TestClock clock = new TestClock();
    private final KioskBoundary boundary = new KioskBoundary(clock, new KioskProperties(Duration.ofSeconds(60)));

    private MockHttpServletResponse visit(MockHttpSession session, String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        var response = new MockHttpServletResponse();
        boundary.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpSession kiosk(Instant lastTouch) {
        var session = new MockHttpSession();
        session.setAttribute(KioskSessions.KIOSK, Boolean.TRUE);
        if (lastTouch != null) session.setAttribute(KioskSessions.LAST_TOUCH, lastTouch);
        return session;
    }

    @Test
    void aKioskSessionGoingOutsideIsSentBackToTheKiosk() throws Exception {
        var session = kiosk(clock.instant());
        for (var outside : new String[]{"/", "/applications", "/signin", "/api/v1/services", "/kioskette"}) {
            assertThat(visit(session, outside).getRedirectedUrl()).as(outside).isEqualTo("/kiosk");
        }
        assertThat(visit(session, "/kiosk/home").getRedirectedUrl()).isNull();
        assertThat(visit(session, "/css/kiosk.css").getRedirectedUrl()).isNull();
        assertThat(visit(session, "/fonts/noto-sans-arabic-regular.woff2").getRedirectedUrl()).isNull();
    }

    @Test
    void aFontThatLoadsAfterTheIdleTimeoutNeitherSignsOutNorCountsAsATouch() throws Exception {
        var touched = clock.instant();
        var session = kiosk(touched);
        clock.advance(Duration.ofSeconds(61));
        assertThat(visit(session, "/fonts/noto-sans-arabic-bold.woff2").getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(KioskSessions.LAST_TOUCH)).isEqualTo(touched);
    }

    @Test
    void anIdleKioskSessionIsEndedAndEveryTouchRestartsTheClock() throws Exception {
        var session = kiosk(clock.instant());
        clock.advance(Duration.ofSeconds(50));
        assertThat(visit(session, "/kiosk/home").getRedirectedUrl()).isNull();
        clock.advance(Duration.ofSeconds(50));
        assertThat(visit(session, "/kiosk/home").getRedirectedUrl()).as("touched 50 s ago").isNull();
        clock.advance(Duration.ofSeconds(61));
        assertThat(visit(session, "/kiosk/applications").getRedirectedUrl()).isEqualTo("/kiosk?signedOut");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void otherSessionsAndAKioskNobodyUsesAreLeftAlone() throws Exception {
        assertThat(visit(new MockHttpSession(), "/applications").getRedirectedUrl()).isNull();
        var untouched = kiosk(null);
        clock.advance(Duration.ofHours(1));
        assertThat(visit(untouched, "/kiosk").getRedirectedUrl()).isNull();
    }
}
