package org.nafitha.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The handler lookup's shortcut changes nothing a client sees: matches, 404s and 405s are Spring's own. */
@NafithaTest
class PrefixedMappingsTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theApplicationsHandlerLookupIsTheOneWithTheShortcut() {
        assertThat(mappings).isInstanceOf(PrefixedMappings.Mapping.class);
    }

    @Test
    void aPatternsLiteralBeginningIsItsTextBeforeTheFirstVariableOrWildcard() {
        assertThat(PrefixedMappings.Mapping.beginning("/api/v1/applications/{reference}/status")).isEqualTo("/api/v1/applications/");
        assertThat(PrefixedMappings.Mapping.beginning("/services")).isEqualTo("/services");
        assertThat(PrefixedMappings.Mapping.beginning("/css/**")).isEqualTo("/css/");
        assertThat(PrefixedMappings.Mapping.beginning("/{lang}/help")).isEqualTo("/");
    }

    /**
     * Every mapping of the application, asked with a path made from its own pattern (variables and wildcards filled
     * in), is still found: the shortcut never leaves out a mapping that matches.
     */
    @Test
    void everyMappingsOwnPathStillFindsAHandler() throws Exception {
        var missed = new ArrayList<String>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            var patterns = info.getPathPatternsCondition();
            if (patterns == null) continue;
            var method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
            for (var pattern : patterns.getPatterns()) {
                var path = pattern.getPatternString().replaceAll("\\{\\*[^}]*}|\\*\\*", "a/b")
                        .replaceAll("\\{[^}]*}|\\*", "x1");
                var request = new MockHttpServletRequest(method, path);
                ServletRequestPathUtils.parseAndCache(request);
                try {
                    if (mappings.getHandler(request) == null) missed.add(method + " " + path);
                } catch (ServletException foundButRefused) {
                    // a mapping matched the path; its method, media type or parameters did not (Spring's own 405, 415, 400)
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void pathsWithVariablesStillFindTheirHandlerAndTheWrongMethodOrPathIsStillAnsweredAsBefore() {
        var api = new ApiClient(port);
        var citizen = api.login("1000000008");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        assertThat(api.get("/api/v1/applications/" + reference + "/status", citizen).text("reference")).isEqualTo(reference);
        assertThat(api.get("/api/v1/applications/" + reference, citizen).text("reference")).isEqualTo(reference);
        assertThat(api.delete("/api/v1/applications/" + reference + "/status", citizen).status())
                .as("a path that exists, with a method it does not take").isEqualTo(405);
        assertThat(api.get("/api/v1/applicationz/" + reference + "/status", citizen).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + reference + "%2Fstatus", citizen).status())
                .as("an escaped path skips the shortcut and gets Spring's answer").isIn(400, 404);
    }
}
