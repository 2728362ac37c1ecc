package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A company's owner gives a representative a mandate for a sponsored worker; bad input is refused at the field. */
@NafithaTest
@AutoConfigureMockMvc
class GrantingMandatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theOwnerOfTheSponsoringCompanyGivesAMandateForItsWorkerAndNotForSomeoneElsesWorker() throws Exception {
        var owner = MvcVisitor.signedIn(mvc, port, "1000000016");
        var page = owner.perform(get("/mandates")).getResponse().getContentAsString();
        assertThat(page).contains("محمد عبد الرحيم خان").doesNotContain("سليمان عبد الكريم يوسف");

        var bad = owner.perform(post("/mandates").with(csrf()).param("delegate", "1000000059")
                .param("forWhom", "2000000014").param("validUntil", "2020-01-01")).getResponse().getContentAsString();
        assertThat(bad).contains("أدخل رقم هوية صحيحًا للمفوَّض").contains("عن مقيم تكفله أنت أو منشأتك")
                .contains("اختر خدمة واحدة على الأقل").contains("بعد اليوم").contains("value=\"1000000059\"");

        var good = owner.perform(post("/mandates").with(csrf()).param("delegate", "١٠٠٠٠٠٠٠٥٧")
                .param("forWhom", "2000000006").param("services", "residence-renewal").param("validUntil", "2030-12-31"));
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/mandates");
        var row = jdbc.sql("""
                        SELECT granted_by || '|' || basis || '|' || scope FROM mandates
                        WHERE principal = '2000000006' AND delegate = '1000000057'""").query(String.class).single();
        assertThat(row).isEqualTo("7001234567|SPONSOR|residence-renewal");
    }

    @Test
    void aPersonGivesAMandateForThemselves() throws Exception {
        var resident = MvcVisitor.signedIn(mvc, port, "2000000006");
        var done = resident.perform(post("/mandates").with(csrf()).param("delegate", "1000000065")
                .param("forWhom", "self").param("services", "passport-renewal"));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/mandates");
        assertThat(jdbc.sql("SELECT basis FROM mandates WHERE principal = '2000000006' AND delegate = '1000000065'")
                .query(String.class).single()).isEqualTo("SELF");
    }
}
