package org.nafitha.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.ServletException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
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
        var all = mappings.getHandlerMethods();
        var candidates = new MappingIndex(all).candidates("/api/v1/applications/PSP-2026-000123-3/status");
        assertThat(candidates).as("a status poll is compared with the few mappings under its beginning")
                .hasSizeLessThan(all.size() / 10)
                .anyMatch(info -> all.get(info).getMethod().getName().equals("status"));
    }

    @Test
    void aPatternsLiteralBeginningIsItsTextBeforeTheFirstVariableOrWildcard() {
        assertThat(MappingIndex.beginning("/api/v1/applications/{reference}/status")).isEqualTo("/api/v1/applications/");
        assertThat(MappingIndex.beginning("/services")).isEqualTo("/services");
        assertThat(MappingIndex.beginning("/css/**")).isEqualTo("/css/");
        assertThat(MappingIndex.beginning("/{lang}/help")).isEqualTo("/");
    }

    /**
     * Every mapping of the application, asked with a path made from its own pattern (variables and wildcards filled
     * in), is still found: the shortcut never leaves out a mapping that matches.
     */
    @Test
    void everyMappingsOwnPathStillFindsAHandler() throws Exception {
        var missed = new ArrayList<String>();
        for (var request : ownPaths()) {
            try {
                if (mappings.getHandler(request) == null) missed.add(request.getMethod() + " " + request.getRequestURI());
            } catch (ServletException foundButRefused) {
                // a mapping matched the path; its method, media type or parameters did not (Spring's own 405, 415, 400)
            }
        }
        assertThat(missed).isEmpty();
    }

    /**
     * For every mapping's own path, the handler the index finds is the one Spring's scan of every mapping finds: the
     * only mapping that matches, or one of those that do when several match (Spring then ranks them itself).
     */
    @Test
    void theIndexFindsTheHandlerSpringsScanOfEveryMappingFinds() throws Exception {
        var differing = new ArrayList<String>();
        var all = mappings.getHandlerMethods();
        var mapping = (PrefixedMappings.Mapping) mappings;
        for (var request : ownPaths()) {
            var scanned = all.keySet().stream().filter(each -> mapping.getMatchingMapping(each, request) != null)
                    .map(all::get).toList();
            var found = found(request);
            var same = scanned.size() == 1 ? found != null && found.getMethod().equals(scanned.getFirst().getMethod())
                    : scanned.isEmpty() ? found == null
                    : found != null && scanned.stream().anyMatch(h -> h.getMethod().equals(found.getMethod()));
            if (!same) differing.add(request.getMethod() + " " + request.getRequestURI() + ": " + found + " against " + scanned);
        }
        assertThat(differing).isEmpty();
    }

    /** A request for each pattern of each mapping, with its first method, variables and wildcards filled in. */
    private List<MockHttpServletRequest> ownPaths() {
        var requests = new ArrayList<MockHttpServletRequest>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            var patterns = info.getPathPatternsCondition();
            if (patterns == null) continue;
            var method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
            for (var pattern : patterns.getPatterns()) {
                var path = pattern.getPatternString().replaceAll("\\{\\*[^}]*}|\\*\\*", "a/b")
                        .replaceAll("\\{[^}]*}|\\*", "x1");
                var request = new MockHttpServletRequest(method, path);
                ServletRequestPathUtils.parseAndCache(request);
                requests.add(request);
            }
        }
        return requests;
    }

    private @Nullable HandlerMethod found(MockHttpServletRequest request) throws Exception {
        try {
            var chain = mappings.getHandler(request);
            return chain == null ? null : (HandlerMethod) chain.getHandler();
        } catch (ServletException refused) {
            return null;
        }
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
