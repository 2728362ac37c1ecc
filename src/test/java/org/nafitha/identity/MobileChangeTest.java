package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Changing the mobile number: with both phones, or at the counter after an ID check. */
@NafithaTest
@AutoConfigureMockMvc
class MobileChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private MvcVisitor signIn(String username) throws Exception {
        return MvcVisitor.signedIn(mvc, port, username);
    }

    private String mobileOf(String username) {
        return jdbc.sql("SELECT mobile FROM accounts WHERE username = :u").param("u", username).query(String.class).single();
    }

    @Test
    void selfServiceNeedsTheCodesOfBothTheOldAndTheNewNumber() throws Exception {
        var api = new ApiClient(port);
        var old = mobileOf("2000000006");
        var visitor = signIn("2000000006");
        visitor.perform(post("/account/mobile").with(csrf()).param("mobile", "٠٥٦٧٧٧٨٨٠٠"));
        var toNew = api.latestCode("+966567778800");
        var toOld = api.latestCode(old);
        var wrong = visitor.perform(post("/account/mobile/confirm").with(csrf()).param("newCode", toNew)
                .param("oldCode", toOld.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.getResponse().getContentAsString()).contains("الرمز غير صحيح");
        assertThat(mobileOf("2000000006")).isEqualTo(old);

        visitor.perform(post("/account/mobile").with(csrf()).param("mobile", "0567778800"));
        var done = visitor.perform(post("/account/mobile/confirm").with(csrf())
                .param("newCode", api.latestCode("+966567778800")).param("oldCode", api.latestCode(old)));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/mobile?changed");
        assertThat(mobileOf("2000000006")).isEqualTo("+966567778800");
    }

    @Test
    void receptionChangesTheNumberOfSomeoneWhoLostTheirPhoneOnlyAfterAnIdCheckAndItIsAudited() throws Exception {
        var api = new ApiClient(port);
        var reception = signIn("reception1");
        var unchecked = reception.perform(post("/staff/counter/mobile").with(csrf()).param("nationalId", "2000000006")
                .param("mobile", "0567778899"));
        assertThat(unchecked.getResponse().getContentAsString()).contains("بعد الاطلاع على بطاقة الهوية");

        reception.perform(post("/staff/counter/mobile").with(csrf()).param("nationalId", "2000000006")
                .param("mobile", "0567778899").param("idChecked", "true").param("idDocument", "2000000006"));
        var done = reception.perform(post("/staff/counter/mobile/confirm").with(csrf())
                .param("newCode", api.latestCode("+966567778899")));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/staff/counter/mobile?changed");
        assertThat(mobileOf("2000000006")).isEqualTo("+966567778899");
        var audited = jdbc.sql("""
                        SELECT reason FROM audit_log WHERE action = 'identity.mobile-change' AND actor = 'reception1'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(audited).contains("ID checked at counter by reception1");

        var citizen = signIn("1000000008");
        assertThat(citizen.perform(post("/staff/counter/mobile").with(csrf()).param("nationalId", "2000000006")
                .param("mobile", "0500000000")).getResponse().getStatus()).isEqualTo(403);
    }
}
