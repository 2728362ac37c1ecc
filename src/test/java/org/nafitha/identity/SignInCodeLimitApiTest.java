package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The limit on SMS sign-in codes, at a count of its own: the rest of the suite runs with the limit
 * out of reach, because every test shares one database and signs the same demo people in.
 */
@NafithaTest
@TestPropertySource(properties = "nafitha.identity.max-codes=4")
class SignInCodeLimitApiTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAccountCannotAskForCodesWithoutLimit() {
        assertThat(properties.maxCodes()).isEqualTo(4);
        // An account of its own, so that exhausting its codes does not lock a demo account.
        jdbc.sql("""
                        INSERT INTO accounts (username, display_name_ar, display_name_en, password_hash, roles, mobile, enabled)
                        VALUES ('codes.probe', 'حساب اختبار الحد', 'Limit probe', :hash, 'AGENT', '+966500000999', TRUE)""")
                .param("hash", encoder.encode(ApiClient.DEMO_PASSWORD)).update();
        var api = new ApiClient(port);
        for (int i = 0; i < properties.maxCodes(); i++) {
            var login = login(api);
            assertThat(login.status()).as("code %d of %d", i + 1, properties.maxCodes()).isEqualTo(202);
            assertThat(login.body().path("otpRequired").asBoolean()).isTrue();
        }
        var more = login(api);
        assertThat(more.status()).isEqualTo(429);
        assertThat(more.contentType()).startsWith("application/problem+json");
        assertThat(more.text("code")).isEqualTo("identity.signin.throttled");
    }

    private static ApiClient.Response login(ApiClient api) {
        return api.post("/api/v1/auth/login", null,
                "{\"username\":\"codes.probe\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
    }
}
