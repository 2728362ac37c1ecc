package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator adds staff with roles and a department; they sign in with a code like everyone. */
@NafithaTest
@AutoConfigureMockMvc
class StaffAdminTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * The officer added here would otherwise join the fair draw of the passports department for every
     * later test in this context, which sign in as the case's holder with the demo password.
     */
    @AfterEach
    void retireTheAddedOfficer() {
        jdbc.sql("UPDATE accounts SET enabled = FALSE WHERE username = 'passports.officer9'").update();
    }

    private MvcVisitor signIn(String username, String password) throws Exception {
        return MvcVisitor.signedIn(mvc, port, username, password);
    }

    @Test
    void adminAddsAnOfficerWhoThenSignsInWithASecondFactor() throws Exception {
        var admin = signIn("admin", ApiClient.DEMO_PASSWORD);
        var bad = admin.perform(post("/admin/staff").with(csrf()).param("username", "Officer 9")
                .param("nameAr", "").param("mobile", "123").param("password", "123456"));
        assertThat(bad.getResponse().getContentAsString()).contains("اسم المستخدم من ٣ إلى ٣٢").contains("هذا الحقل مطلوب")
                .contains("اختر صلاحية واحدة على الأقل").contains("أدخل رقم جوال صحيحًا").contains("كلمة المرور قصيرة");

        var created = admin.perform(post("/admin/staff").with(csrf()).param("username", "passports.officer9")
                .param("nameAr", "هند بنت صالح العنزي").param("nameEn", "Hind bint Saleh Al-Anazi")
                .param("roles", "OFFICER").param("department", "passports").param("mobile", "0500000199")
                .param("password", "مكتب الجوازات الرئيسي"));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
        assertThat(admin.perform(get("/admin/staff")).getResponse().getContentAsString()).contains("passports.officer9");

        var officer = signIn("passports.officer9", "مكتب الجوازات الرئيسي");
        assertThat(officer.perform(get("/staff/queue")).getResponse().getStatus()).isEqualTo(200);
        assertThat(officer.perform(get("/admin/staff")).getResponse().getStatus()).isEqualTo(403);
    }
}
