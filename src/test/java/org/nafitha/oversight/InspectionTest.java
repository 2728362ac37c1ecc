package org.nafitha.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The inspectors' desk: only inspectors find it, their own looks are logged, alerts are worked to a finding. */
@NafithaTest
@AutoConfigureMockMvc
class InspectionTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nonInspectorsFindNothingThere() throws Exception {
        for (var who : new String[]{"officer1", "head1", "admin", "1000000008"}) {
            var visitor = MvcVisitor.signedIn(mvc, port, who);
            assertThat(visitor.perform(get("/inspection")).getResponse().getStatus()).as(who).isEqualTo(404);
            assertThat(visitor.perform(get("/inspection/alerts")).getResponse().getStatus()).as(who).isEqualTo(404);
            assertThat(visitor.perform(post("/inspection/alerts/evaluate").with(csrf())).getResponse().getStatus()).as(who).isEqualTo(404);
        }
    }

    @Test
    void anInspectorsSearchIsLoggedAndABadDateKeepsTheOtherFields() throws Exception {
        MvcVisitor.signedIn(mvc, port, "1000000008");
        var inspector = MvcVisitor.signedIn(mvc, port, "inspector1");
        var found = inspector.perform(get("/inspection").param("subject", "١٠٠٠٠٠٠٠٠٨")).getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains("identity.sign-in");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = 'inspector1' AND action = 'oversight.search' AND subject = '1000000008'")
                .query(Long.class).single()).isPositive();

        // The person sees that an inspector searched for their file.
        var citizenPage = MvcVisitor.signedIn(mvc, port, "1000000008").perform(get("/account/access")).getResponse();
        assertThat(citizenPage.getContentAsString()).contains("بحث مفتش في السجل عن ملفك").contains("الرقابة والتفتيش")
                .doesNotContain("??");

        var bad = inspector.perform(get("/inspection").param("actor", "officer1").param("from", "23/11/2026")).getResponse();
        assertThat(bad.getContentAsString()).contains("أدخل التاريخ بصيغة سنة-شهر-يوم").contains("value=\"officer1\"");
    }

    @Test
    void anAlertIsRaisedOnceTakenAndClosedWithAFindingAllLogged() throws Exception {
        for (int i = 0; i < 4; i++) {
            audit.recordAlone(new AuditEntry("officer3", "OFFICER", "person.lookup", "100000006" + i, null, null, "residency"));
        }
        var inspector = MvcVisitor.signedIn(mvc, port, "inspector1");
        inspector.perform(post("/inspection/alerts/evaluate").with(csrf()));
        inspector.perform(post("/inspection/alerts/evaluate").with(csrf()));
        var alerts = jdbc.sql("SELECT id FROM oversight_alerts WHERE rule = 'LOOKUP_WITHOUT_CASE' AND alert_key = 'officer3'")
                .query(UUID.class).list();
        assertThat(alerts).hasSize(1);
        var id = alerts.getFirst();
        var page = inspector.perform(get("/inspection/alerts/" + id)).getResponse().getContentAsString();
        assertThat(page).contains("استعلامات دون معاملة").contains("1000000060");

        inspector.perform(post("/inspection/alerts/" + id + "/take").with(csrf()));
        var refused = inspector.perform(post("/inspection/alerts/" + id + "/close").with(csrf()).param("finding", " "));
        assertThat(refused.getResponse().getContentAsString()).contains("اكتب ما توصل إليه التحقيق");
        inspector.perform(post("/inspection/alerts/" + id + "/close").with(csrf())
                .param("finding", "استعلامات بطلب من المشرف لمراجعة ملفات متأخرة؛ لا مخالفة"));
        assertThat(jdbc.sql("SELECT status FROM oversight_alerts WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE actor = 'inspector1' AND action LIKE 'oversight.alert.%' ORDER BY id")
                .query(String.class).list()).contains("oversight.alert.read", "oversight.alert.take", "oversight.alert.close");
    }
}
