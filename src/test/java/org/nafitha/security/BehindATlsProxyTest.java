package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The tls profile (part of prod): the session cookie is {@code __Host-SESSION}, Secure, HttpOnly and
 * SameSite whatever the request says, and forwarded headers from an address that is not a configured
 * proxy change nothing — here the only trusted proxy is 10.9.9.9, and the test calls from 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "tls"})
@TestPropertySource(properties = "nafitha.portal.trusted-proxies=10\\\\.9\\\\.9\\\\.9")
@Import(TestClock.Configuration.class)
class BehindATlsProxyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSessionCookieIsSecureHttpOnlySameSiteAndHostPrefixed() throws Exception {
        var answer = RawHttp.send(port, "GET", "/signin", "Accept: text/html");
        assertThat(answer.status()).isEqualTo(200);
        var cookie = answer.header("Set-Cookie").stream().filter(c -> c.startsWith("__Host-SESSION=")).findFirst();
        assertThat(cookie).hasValueSatisfying(c -> assertThat(c).contains("; Path=/").contains("; Secure")
                .contains("; HttpOnly").contains("; SameSite=Lax").doesNotContainIgnoringCase("Domain="));
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        var username = "proxy-probe-" + System.nanoTime();
        var api = new ApiClient(port);
        var failed = api.post("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"x\"}",
                "X-Forwarded-For", "203.0.113.7");
        assertThat(failed.status()).isEqualTo(401);
        var recorded = jdbc.sql("SELECT client_address FROM sign_in_failures WHERE username = :u")
                .param("u", username).query(String.class).single();
        assertThat(recorded).isEqualTo("127.0.0.1");

        var redirect = RawHttp.send(port, "GET", "/my", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https", "Accept: text/html");
        assertThat(redirect.header("Location")).singleElement()
                .satisfies(location -> assertThat(location).startsWith("/").doesNotContain("evil"));
    }
}
