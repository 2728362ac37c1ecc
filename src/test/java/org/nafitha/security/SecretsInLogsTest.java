package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * At the log levels the application ships with, a sign-in and an application through the API leave
 * no password, SMS code, bearer token or national ID in the log output.
 */
@NafithaTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest {

    private static final String NATIONAL_ID = "2000000006";

    @LocalServerPort
    int port;

    @Test
    void noPasswordCodeTokenOrNationalIdReachesTheLog(CapturedOutput output) {
        var api = new ApiClient(port);
        var wrong = api.post("/api/v1/auth/login", null,
                "{\"username\":\"" + NATIONAL_ID + "\",\"password\":\"Wrong-Secret-77\"}");
        assertThat(wrong.status()).isEqualTo(401);
        var login = api.post("/api/v1/auth/login", null,
                "{\"username\":\"" + NATIONAL_ID + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
        var code = api.latestCode(NATIONAL_ID);
        var token = api.post("/api/v1/auth/otp", null,
                "{\"challengeId\":\"" + login.text("challengeId") + "\",\"code\":\"" + code + "\"}").text("token");
        api.get("/api/v1/applications", token);
        api.post("/api/v1/applications", token, "{\"serviceCode\":\"no-such-service\"}", "Idempotency-Key", "logs-1");

        assertThat(output.getAll()).doesNotContain("Wrong-Secret-77").doesNotContain(ApiClient.DEMO_PASSWORD + "\"")
                .doesNotContain(token).doesNotContain(NATIONAL_ID);
        assertThat(output.getAll().lines().filter(l -> l.contains(code))).as("the SMS code " + code).isEmpty();
    }
}
