package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET address the application maps (those without path variables), asked anonymously, as a
 * citizen and as staff: each answer, page, redirect or refusal, carries the browser security headers.
 */
@NafithaTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> everyGetPath() {
        var paths = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) return;
            info.getPatternValues().stream().filter(p -> !p.contains("{") && !p.contains("*"))
                    // the payment gateway simulator (demo only) stands for a third party's server, not Nafitha's
                    .filter(p -> !p.startsWith("/simulator/"))
                    .forEach(paths::add);
        });
        // The kiosk's pages last: a kiosk session keeps its visitor inside /kiosk from then on.
        return paths.stream().distinct().sorted(Comparator.comparing((String p) -> p.startsWith("/kiosk"))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        var paths = everyGetPath();
        assertThat(paths).contains("/", "/signin", "/api/v1/services").hasSizeGreaterThan(40);
        var visitors = new ArrayList<MvcVisitor>();
        visitors.add(null); // anonymous: a fresh browser for each address
        visitors.add(MvcVisitor.signedInOnce(mvc, port, "1000000016"));
        visitors.add(MvcVisitor.signedInOnce(mvc, port, "officer1"));
        var missing = new ArrayList<String>();
        for (var visitor : visitors) {
            for (var path : paths) {
                var response = (visitor == null ? new MvcVisitor(mvc) : visitor).perform(get(path).header("Accept", "text/html")).getResponse();
                var where = "visitor " + visitors.indexOf(visitor) + " " + path + " " + response.getStatus();
                if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) missing.add(where + " nosniff");
                if (!"same-origin".equals(response.getHeader("Referrer-Policy"))) missing.add(where + " referrer");
                if (!"DENY".equals(response.getHeader("X-Frame-Options"))) missing.add(where + " frame");
                var csp = response.getHeader("Content-Security-Policy");
                if (!path.startsWith("/api/") && (csp == null || !csp.contains("frame-ancestors 'none'"))) {
                    missing.add(where + " csp");
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
