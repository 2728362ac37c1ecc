package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions are in the database: a person sees every device and can sign them all out at once. */
@NafithaTest
@AutoConfigureMockMvc
class SessionsTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private MvcVisitor signIn(String username, String userAgent) throws Exception {
        var visitor = MvcVisitor.pending(mvc, username, ApiClient.DEMO_PASSWORD);
        var done = visitor.perform(post("/signin/code").with(csrf()).header("User-Agent", userAgent)
                .param("code", new ApiClient(port).latestCode(username)));
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        return visitor;
    }

    @Test
    void signingOutEverywhereEndsTheSessionsOfEveryDevice() throws Exception {
        var phone = signIn("2000000006", "Mozilla/5.0 (Linux; Android 14) جوال");
        var laptop = signIn("2000000006", "Mozilla/5.0 (X11; Linux x86_64) حاسوب");
        var list = laptop.perform(get("/account/sessions")).getResponse().getContentAsString();
        assertThat(list).contains("Android 14").contains("X11; Linux").contains("هذا الجهاز");

        var out = laptop.perform(post("/account/sessions/sign-out-everywhere").with(csrf()));
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/signin?logout");
        assertThat(phone.perform(get("/applications")).getResponse().getRedirectedUrl()).endsWith("/signin");
    }
}
