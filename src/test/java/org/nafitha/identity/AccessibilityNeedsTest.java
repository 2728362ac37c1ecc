package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A person records their accessibility needs; staff see them on the person's cases. */
@NafithaTest
@AutoConfigureMockMvc
class AccessibilityNeedsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmittingCases submitting;
    @LocalServerPort
    int port;

    @Test
    void aCitizensOwnNeedsAreShownToTheOfficerOnTheirCase() throws Exception {
        var citizen = MvcVisitor.signedIn(mvc, port, "1000000016");
        assertThat(citizen.perform(get("/account/needs")).getResponse().getContentAsString())
                .contains("مترجم لغة الإشارة");
        var tooLong = citizen.perform(post("/account/needs").with(csrf()).param("need", "SIGN_LANGUAGE")
                .param("note-SIGN_LANGUAGE", "ل".repeat(301)).param("note-READER", "أفضّل القراءة ببطء"));
        assertThat(tooLong.getResponse().getContentAsString()).contains("الملاحظة طويلة").contains("أفضّل القراءة ببطء");
        var saved = citizen.perform(post("/account/needs").with(csrf()).param("need", "SIGN_LANGUAGE")
                .param("need", "READER").param("note-SIGN_LANGUAGE", "لغة الإشارة السعودية"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account/needs");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'person.needs-recorded' AND subject = '1000000016'")
                .query(Long.class).single()).isPositive();

        var applicant = new Actor("1000000016", "1000000016", "نورة بنت سعد القحطاني", Set.of(Role.APPLICANT), null);
        var outcome = submitting.submit(new Submission(applicant, "driving-licence-renewal",
                Map.of("licenceKind", "private", "renewalYears", "5", "medicalCheckNumber", "5002611234",
                        "mobile", "0551112233"), Map.of(), UUID.randomUUID().toString(), null));
        var reference = ((SubmissionOutcome.Submitted) outcome).reference().value();
        var officer = MvcVisitor.signedIn(mvc, port, "traffic1");
        var page = officer.perform(get("/staff/cases/" + reference)).getResponse().getContentAsString();
        assertThat(page).contains("احتياجات الوصول لصاحب الطلب").contains("مترجم لغة الإشارة")
                .contains("لغة الإشارة السعودية").contains("من يقرأ المستندات بصوت مسموع")
                .doesNotContain("كرسي متحرك أو مدخل مهيأ");
        assertThat(jdbc.sql("SELECT channel FROM cases WHERE reference = :r").param("r", reference).query(String.class).single())
                .isEqualTo("ONLINE");
    }

    @Test
    void staffDoNotRecordNeedsOnTheirOwnAccountPage() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "civil1");
        assertThat(officer.perform(get("/account/needs")).getResponse().getStatus()).isEqualTo(404);
    }
}
