package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator edits a service: checked like the files, saved as the next version; a case
 * opened before keeps the workflow of its version, a new case follows the edited one.
 */
@NafithaTest
@AutoConfigureMockMvc
class ServiceEditingTest {

    private static final String CODE = "lost-item-report";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ServiceEditing editing;

    private String openCase(ApiClient api) {
        var fields = JsonMapper.shared().writeValueAsString(DemoApplicants.validAnswers(catalogue.find(CODE).orElseThrow()));
        var created = api.post("/api/v1/applications", api.login("1000000008"),
                "{\"serviceCode\":\"" + CODE + "\",\"fields\":" + fields + "}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("reference");
    }

    @Test
    void anEditIsTheNextVersionAndACaseOpenedBeforeKeepsItsWorkflow() throws Exception {
        var api = new ApiClient(port);
        var before = openCase(api);
        var version = catalogue.find(CODE).orElseThrow().version();
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        var page = admin.perform(get("/admin/services/" + CODE)).getResponse().getContentAsString();
        assertThat(page).contains("workflow:");
        var text = editing.currentText(CODE).orElseThrow();

        // Approval now needs the head's confirmation.
        var edited = text.replace("{ from: SUBMITTED, action: approve, to: APPROVED, roles: [OFFICER, HEAD], reasonRequired: false }",
                "{ from: SUBMITTED, action: approve, to: PENDING_REVIEW, roles: [OFFICER, HEAD], reasonRequired: false }\n"
                        + "    - { from: PENDING_REVIEW, action: confirm, to: APPROVED, roles: [HEAD], reasonRequired: false, notSameActorAs: approve }");
        assertThat(edited).isNotEqualTo(text);

        var broken = admin.perform(post("/admin/services/" + CODE).with(csrf()).param("baseVersion", "" + version)
                .param("text", edited.replace("type: text", "type: hologram"))).getResponse().getContentAsString();
        assertThat(broken).contains("لم يُحفظ التعريف").contains("line").contains("hologram");
        assertThat(catalogue.find(CODE).orElseThrow().version()).isEqualTo(version);

        var saved = admin.perform(post("/admin/services/" + CODE).with(csrf()).param("baseVersion", "" + version)
                .param("text", edited)).getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/services/" + CODE + "?saved=" + (version + 1));
        assertThat(catalogue.find(CODE).orElseThrow().version()).isEqualTo(version + 1);

        var stale = admin.perform(post("/admin/services/" + CODE).with(csrf()).param("baseVersion", "" + version)
                .param("text", edited)).getResponse().getContentAsString();
        assertThat(stale).contains("حفظ شخص آخر الإصدار");

        var after = openCase(api);
        var police = api.login("police1");
        var old = api.post("/api/v1/staff/cases/" + before + "/decisions", police, "{\"action\":\"approve\"}");
        assertThat(old.text("status")).isEqualTo("APPROVED");
        var current = api.post("/api/v1/staff/cases/" + after + "/decisions", police, "{\"action\":\"approve\"}");
        assertThat(current.text("status")).isEqualTo("PENDING_REVIEW");
        var confirmed = api.post("/api/v1/staff/cases/" + after + "/decisions", api.login("police-head"),
                "{\"action\":\"confirm\"}");
        assertThat(confirmed.text("status")).isEqualTo("APPROVED");
    }

    @Test
    void onlyAdministratorsReachTheDefinitions() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "police1");
        assertThat(officer.perform(get("/admin/services/" + CODE)).getResponse().getStatus()).isIn(403, 404);
    }
}
