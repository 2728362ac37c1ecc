package org.nafitha.identity;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions are in the database: a person sees every device and can sign them all out at once. */
@NafithaTest
@AutoConfigureMockMvc
class SessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @LocalServerPort
    int port;

    private MvcVisitor signIn(String username, String userAgent) throws Exception {
        var visitor = MvcVisitor.pending(mvc, username, ApiClient.DEMO_PASSWORD);
        var done = visitor.perform(post("/signin/code").with(csrf()).header("User-Agent", userAgent)
                .param("code", new ApiClient(port).latestCode(username)));
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        return visitor;
    }

    /**
     * An account of its own for each test: signing out everywhere ends the API tokens too, and the
     * suite keeps the demo people's tokens between tests.
     */
    private String newAccount() {
        var username = "devices-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO accounts (username, display_name_ar, display_name_en, password_hash, roles, mobile, enabled)
                        VALUES (:u, 'حساب تجربة الأجهزة', 'Devices probe', :hash, 'APPLICANT', '+966500000998', TRUE)""")
                .param("u", username).param("hash", encoder.encode(ApiClient.DEMO_PASSWORD)).update();
        return username;
    }

    @Test
    void signingOutEverywhereEndsTheSessionsOfEveryDevice() throws Exception {
        var username = newAccount();
        var phone = signIn(username, "Mozilla/5.0 (Linux; Android 14) جوال");
        var laptop = signIn(username, "Mozilla/5.0 (X11; Linux x86_64) حاسوب");
        var list = laptop.perform(get("/account/sessions")).getResponse().getContentAsString();
        assertThat(list).contains("Android 14").contains("X11; Linux").contains("هذا الجهاز");

        var out = laptop.perform(post("/account/sessions/sign-out-everywhere").with(csrf()));
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/signin?logout");
        assertThat(phone.perform(get("/applications")).getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void signingOutEverywhereAlsoEndsTheAppsBearerTokensAtOnce() throws Exception {
        var username = newAccount();
        var api = new ApiClient(port);
        var phonesToken = api.signIn(username);
        var secondToken = api.signIn(username);
        assertThat(api.get("/api/v1/inbox", phonesToken).status()).isEqualTo(200);

        var laptop = signIn(username, "Mozilla/5.0 (X11; Linux x86_64) حاسوب");
        laptop.perform(post("/account/sessions/sign-out-everywhere").with(csrf()));

        for (var token : new String[] {phonesToken, secondToken}) {
            var refused = api.get("/api/v1/inbox", token);
            assertThat(refused.status()).as("a token issued before signing out everywhere").isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        var fresh = api.signIn(username);
        assertThat(api.get("/api/v1/inbox", fresh).status()).as("signing in again gives a token that works")
                .isEqualTo(200);

        jdbc.sql("UPDATE accounts SET enabled = FALSE WHERE username = :u").param("u", username).update();
        Thread.sleep(1_100); // another node's memory of the account lasts a second; this node's too
        assertThat(api.get("/api/v1/inbox", fresh).status()).as("a disabled account's token").isEqualTo(401);
    }
}
