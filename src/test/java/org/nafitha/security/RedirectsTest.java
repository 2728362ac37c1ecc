package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A redirect never sends the browser to the host a forged Host or X-Forwarded-Host names. */
@NafithaTest
class RedirectsTest {

    @LocalServerPort
    int port;

    @Test
    void aRedirectIsRelativeWhateverHostTheRequestClaims() throws Exception {
        var answer = RawHttp.send(port, "GET", "/my", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https", "Accept: text/html");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).singleElement().satisfies(location -> {
            assertThat(location).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example");
        });
    }

    @Test
    void signingOutRedirectsRelativeToo() throws Exception {
        var answer = RawHttp.send(port, "GET", "/signin?lang=en", "Host: evil.example:8443",
                "X-Forwarded-Host: evil.example", "Accept: text/html");
        assertThat(answer.header("Location")).allSatisfy(location -> assertThat(location).doesNotContain("evil"));
    }
}
