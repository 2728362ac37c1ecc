package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Sign-in through a national digital-identity provider, played by mock-oauth2-server: the
 * authorization-code flow with PKCE, in a real HTTP client that follows the redirects as a browser.
 */
@NafithaTest
class NationalIdentitySignInTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        var prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.national-id.client-id", () -> "nafitha");
        registry.add(prefix + "registration.national-id.client-secret", () -> "nafitha-test-secret");
        registry.add(prefix + "registration.national-id.scope", () -> "openid");
        registry.add(prefix + "registration.national-id.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.national-id.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.national-id.issuer-uri", () -> PROVIDER.issuerUrl("nafath").toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> signInAs(String nationalId) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("nafath", "nafath-subject-" + nationalId, "JWT",
                List.of("nafitha"), Map.of("national_id", nationalId), 3600));
        var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        var start = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/national-id"))
                .header("Accept-Language", "ar").GET().build();
        return browser.send(start, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPersonWithAnAccountSignsInWithoutPasswordOrSmsCode() throws Exception {
        var page = signInAs("1000000016");
        assertThat(page.uri().getPath()).isEqualTo("/applications");
        assertThat(page.body()).contains("نورة بنت سعد القحطاني").contains("طلباتي");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.sign-in.national-identity' AND actor = '1000000016'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aPersonOfTheRegisterWithoutAnAccountGetsOneOnFirstSignIn() throws Exception {
        var page = signInAs("2000000014");
        assertThat(page.uri().getPath()).isEqualTo("/applications");
        assertThat(page.body()).contains("سليمان عبد الكريم يوسف");
        assertThat(jdbc.sql("SELECT mobile FROM accounts WHERE username = '2000000014'").query(String.class).single())
                .isEqualTo("+966599990000");
    }

    @Test
    void anIdentityTheRegisterDoesNotKnowIsRefused() throws Exception {
        var page = signInAs("1000000149");
        assertThat(page.uri().getPath()).isEqualTo("/signin");
        assertThat(page.uri().getQuery()).isEqualTo("nationalIdentityUnknown");
        assertThat(page.body()).contains("تعذّر الدخول عبر الهوية الرقمية الوطنية");
    }

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).contains("/oauth2/authorization/national-id");
    }
}
