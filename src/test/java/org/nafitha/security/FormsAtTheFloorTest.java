package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Below the input floor the modules' own limits answer: a form with every text field as long as
 * the floor allows comes back with the form and a message at the field (or a redirect), never a 500.
 */
@NafithaTest
@AutoConfigureMockMvc
class FormsAtTheFloorTest {

    private static final String NEAR = "ن".repeat(3999);
    private static final String TEXT = "ن".repeat(19_999);

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    private record Form(String who, String path, Map<String, String> fields) {
    }

    @Test
    void everyTextFieldAtTheFloorIsAnsweredWithoutAServerError() throws Exception {
        var forms = List.of(
                new Form("1000000016", "/communication", Map.of("topic", NEAR, "caseReference", NEAR, "body", TEXT)),
                new Form("1000000016", "/appointments/officials", Map.of("official", NEAR, "subject", TEXT,
                        "caseReference", NEAR, "mode", NEAR, "submitKey", NEAR)),
                new Form("1000000016", "/mandates", Map.of("delegate", NEAR, "forWhom", NEAR, "validUntil", NEAR)),
                new Form("1000000016", "/mandates/representatives", Map.of("crNumber", NEAR, "representative", NEAR)),
                new Form("1000000016", "/notifications/preferences", Map.of("language", NEAR, "email", NEAR)),
                new Form("1000000016", "/account/mobile", Map.of("mobile", NEAR)),
                new Form("1000000016", "/appointments/book", Map.of("service", NEAR, "office", NEAR, "day", NEAR,
                        "start", NEAR, "caseReference", NEAR, "forPerson", NEAR)),
                new Form("reception1", "/reception/visitor", Map.of("request", TEXT)),
                new Form("agent1", "/call-centre/lookup", Map.of("query", NEAR, "reason", TEXT)),
                new Form("admin", "/admin/staff", Map.of("username", "u".repeat(128), "nameAr", NEAR, "nameEn", NEAR,
                        "department", NEAR, "mobile", NEAR, "password", "p".repeat(128))));
        for (var form : forms) {
            var visitor = MvcVisitor.signedInOnce(mvc, port, form.who());
            var request = post(form.path()).with(csrf());
            form.fields().forEach(request::param);
            var response = visitor.perform(request).getResponse();
            assertThat(response.getStatus()).as(form.path() + ": " + response.getContentAsString(StandardCharsets.UTF_8)
                    .lines().filter(l -> l.contains("Exception")).findFirst().orElse("")).isLessThan(500);
        }
    }
}
