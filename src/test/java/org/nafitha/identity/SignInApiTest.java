package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.country.ArabicDigits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in through the API: password, then the SMS code, with every way a code can go wrong. */
@NafithaTest
class SignInApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String challenge(String username) {
        var login = api.post("/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
        assertThat(login.status()).isEqualTo(202);
        assertThat(login.body().path("otpRequired").asBoolean()).isTrue();
        return login.text("challengeId");
    }

    private ApiClient.Response otp(String challenge, String code) {
        return api.post("/api/v1/auth/otp", null, "{\"challengeId\":\"" + challenge + "\",\"code\":\"" + code + "\"}");
    }

    @Test
    void thePasswordAloneGivesNoTokenTheSmsCodeToTheRegisteredMobileDoes() {
        var challenge = challenge("1000000016");
        var sms = api.get("/api/v1/dev/outbox?to=%2B966551112233", null).body().path(0);
        assertThat(sms.path("account").asString()).isEqualTo("1000000016");
        assertThat(sms.path("text").asString()).contains("نافذة").containsPattern("\\d{6}");
        var token = otp(challenge, api.latestCode("1000000016"));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.text("token")).isNotBlank();
        assertThat(api.get("/api/v1/applications", token.text("token")).status()).isEqualTo(200);
    }

    @Test
    void aCodeTypedInArabicIndicDigitsWorksAndAUsedCodeCannotBeReplayed() {
        var challenge = challenge("1000000016");
        var code = api.latestCode("1000000016");
        assertThat(otp(challenge, ArabicDigits.toArabicIndic(code)).status()).isEqualTo(200);
        var replay = otp(challenge, code);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("code")).isEqualTo("identity.otp.UNKNOWN");
    }

    @Test
    void fiveWrongCodesLockTheChallengeEvenForTheRightCode() {
        var challenge = challenge("2000000006");
        var right = api.latestCode("2000000006");
        var wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            var answer = otp(challenge, wrong);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body().path("remainingAttempts").asInt()).isEqualTo(left);
        }
        assertThat(otp(challenge, wrong).status()).isEqualTo(429);
        var locked = otp(challenge, right);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("identity.otp.LOCKED");
    }

    @Test
    void aCodeOlderThanFiveMinutesHasExpired() {
        var challenge = challenge("2000000006");
        var code = api.latestCode("2000000006");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        var late = otp(challenge, code);
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.text("code")).isEqualTo("identity.otp.EXPIRED");
    }

    @Test
    void anUnknownChallengeIsRefused() {
        assertThat(otp("5b1f5a2e-0000-4000-8000-000000000000", "123456").status()).isEqualTo(401);
        assertThat(otp("not-a-uuid", "123456").status()).isEqualTo(400);
    }
}
