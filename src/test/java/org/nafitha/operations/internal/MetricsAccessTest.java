package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nafitha.operations.OperationsProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Prometheus figures answer the scraper's addresses only; to anyone else they do not exist. */
class MetricsAccessTest {

    private final MetricsAccess access = new MetricsAccess(new OperationsProperties(null, null, null, null, null,
            Pattern.compile("10\\.1\\.0\\.\\d+")));

    private MockHttpServletResponse scrape(String from, String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(from);
        var response = new MockHttpServletResponse();
        access.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void theScraperReadsAndAnyoneElseFindsNothing() throws Exception {
        assertThat(scrape("10.1.0.7", "/actuator/prometheus").getStatus()).isEqualTo(200);
        assertThat(scrape("203.0.113.9", "/actuator/prometheus").getStatus()).isEqualTo(404);
        assertThat(scrape("127.0.0.1", "/actuator/prometheus").getStatus()).as("not in this node's list").isEqualTo(404);
        assertThat(scrape("203.0.113.9", "/actuator/health").getStatus()).as("other paths pass").isEqualTo(200);
    }

    @Test
    void loopbackOnlyByDefault() {
        var defaults = new OperationsProperties(null, null, null, null, null, null).metricsFrom();
        assertThat(defaults.matcher("127.0.0.1").matches()).isTrue();
        assertThat(defaults.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(defaults.matcher("127.0.0.10").matches()).isFalse();
        assertThat(defaults.matcher("10.0.0.1").matches()).isFalse();
    }
}
