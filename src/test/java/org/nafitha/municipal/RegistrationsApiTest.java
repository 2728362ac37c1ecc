package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.country.Luhn;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An official or a mukhtar registers, proves the mobile with the SMS code and is verified (one
 * member of municipal affairs proposes, a second, different one confirms) or refused; nobody signs
 * in before being verified, and once verified the account sees only its municipality.
 */
@NafithaTest
class RegistrationsApiTest {

    private static final String PASSWORD = "Nafitha-demo-1";
    private static final String HAZMIEH = "ML-BAABDA-HAZMIEH";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aMukhtarRegistersProvesTheMobileIsVerifiedAndThenSignsInToTheirMunicipalityOnly() {
        var username = "mukhtar-" + suffix();
        var mobile = mobile();
        var registered = api.post("/api/v1/municipal/registrations", null, registration(username, mobile, HAZMIEH, "MUKHTAR"));
        assertThat(registered.status()).isEqualTo(201);
        var id = registered.text("id");
        assertThat(signInStatus(username)).isEqualTo(401);

        var code = api.latestCode(mobile);
        var wrong = code.equals("000000") ? "111111" : "000000";
        var refusedCode = api.post("/api/v1/municipal/registrations/" + id + "/mobile", null, "{\"code\":\"" + wrong + "\"}");
        assertThat(refusedCode.status()).isEqualTo(422);
        assertThat(refusedCode.text("code")).isEqualTo("municipal.CODE_WRONG");
        var proven = api.post("/api/v1/municipal/registrations/" + id + "/mobile", null, "{\"code\":\"" + code + "\"}");
        assertThat(proven.status()).isEqualTo(200);
        assertThat(proven.text("status")).isEqualTo("SUBMITTED");
        assertThat(signInStatus(username)).isEqualTo(401);

        var queue = api.get("/api/v1/municipal/registrations?municipality=" + HAZMIEH, api.login("municipal-affairs1"));
        assertThat(queue.body().valueStream().map(r -> r.path("id").asString())).contains(id);
        assertThat(api.get("/api/v1/municipal/registrations", api.login("municipality1")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/municipal/registrations/" + id + "/verification", api.login("municipality1"), "{}").status())
                .isEqualTo(403);

        // Four eyes: the first call proposes, the same person cannot confirm, a second person does.
        var first = api.login("municipal-affairs1");
        var proposed = api.post("/api/v1/municipal/registrations/" + id + "/verification", first, "{}");
        assertThat(proposed.status()).isEqualTo(202);
        assertThat(proposed.text("status")).isEqualTo("PROPOSED");
        assertThat(signInStatus(username)).as("proposed is not verified").isEqualTo(401);
        var own = api.post("/api/v1/municipal/registrations/" + id + "/verification", first, "{}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.text("code")).isEqualTo("municipal.FOUR_EYES");
        var second = api.login("municipal-affairs2");
        var verified = api.post("/api/v1/municipal/registrations/" + id + "/verification", second, "{}");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("status")).isEqualTo("VERIFIED");
        var again = api.post("/api/v1/municipal/registrations/" + id + "/verification", second, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("municipal.ALREADY_DECIDED");

        // Verified: signs in, files for Hazmieh, cannot file for Baabda.
        var token = api.login(username);
        var filed = api.post("/api/v1/municipal/beneficiaries", token, "{\"firstName\":\"سليم\",\"fatherName\":\"جورج\","
                + "\"familyName\":\"المر\",\"birthYear\":\"1958\",\"municipality\":\"" + HAZMIEH + "\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(filed.status()).isIn(200, 201);
        assertThat(api.post("/api/v1/municipal/beneficiaries", token, "{\"firstName\":\"سليم\",\"fatherName\":\"جورج\","
                + "\"familyName\":\"المر\",\"birthYear\":\"1958\",\"municipality\":\"ML-BAABDA-BAABDA\"}",
                "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(403);
    }

    @Test
    void aRefusedRegistrationCarriesItsReasonAndCannotSignIn() {
        var username = "baladiya-" + suffix();
        var mobile = mobile();
        var id = api.post("/api/v1/municipal/registrations", null, registration(username, mobile, HAZMIEH, "MUNICIPAL_STAFF"))
                .text("id");
        api.post("/api/v1/municipal/registrations/" + id + "/mobile", null, "{\"code\":\"" + api.latestCode(mobile) + "\"}");
        var token = api.login("municipal-affairs1");
        var noReason = api.post("/api/v1/municipal/registrations/" + id + "/refusal", token, "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("code")).isEqualTo("municipal.REASON_REQUIRED");
        var refused = api.post("/api/v1/municipal/registrations/" + id + "/refusal", token,
                "{\"reason\":\"القرار المرفق لا يحمل توقيع المحافظ\"}");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(signInStatus(username)).isEqualTo(401);
        assertThat(api.post("/api/v1/municipal/registrations/" + id + "/verification", token, "{}").text("code"))
                .isEqualTo("municipal.ALREADY_DECIDED");
        assertThat(api.get("/api/v1/municipal/registrations", token).body().valueStream().map(r -> r.path("id").asString()))
                .doesNotContain(id);
    }

    @Test
    void aRegistrationWithBadFieldsIsAnsweredFieldByField() {
        var empty = api.post("/api/v1/municipal/registrations", null, "{}", "Accept-Language", "en");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").valueStream().map(e -> e.path("field").asString())).containsExactlyInAnyOrder(
                "municipality", "role", "position", "officialName", "nationalId", "mobile", "username", "password", "decree");
        var taken = api.post("/api/v1/municipal/registrations", null,
                registration("municipality1", mobile(), HAZMIEH, "MUKHTAR").replace(PASSWORD, "123"));
        assertThat(taken.body().path("errors").valueStream().map(e -> e.path("field").asString() + ":" + e.path("code").asString()))
                .containsExactlyInAnyOrder("username:municipal.USERNAME_TAKEN", "password:municipal.PASSWORD_WEAK");
        var notADocument = api.post("/api/v1/municipal/registrations", null,
                registration("mukhtar-" + suffix(), mobile(), HAZMIEH, "MUKHTAR").replace(
                        Base64.getEncoder().encodeToString(TestImages.pdf()), Base64.getEncoder().encodeToString("مرسوم".getBytes())));
        assertThat(notADocument.status()).isEqualTo(400);
        assertThat(notADocument.body().path("errors").path(0).path("code").asString()).isEqualTo("municipal.DOCUMENT_REFUSED");
        assertThat(api.post("/api/v1/municipal/registrations/" + UUID.randomUUID() + "/mobile", null, "{\"code\":\"123456\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void oneNumberIsSentOnlySoManyCodesAnHourWhateverTheAddress() {
        var mobile = mobile();
        for (int i = 0; i < 3; i++) {
            var registered = api.post("/api/v1/municipal/registrations", null,
                    registration("pump-" + suffix(), mobile, HAZMIEH, "MUKHTAR"));
            assertThat(registered.status()).as("registration %d", i + 1).isEqualTo(201);
        }
        var fourth = api.post("/api/v1/municipal/registrations", null, registration("pump-" + suffix(), mobile, HAZMIEH, "MUKHTAR"));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.text("code")).isEqualTo("municipal.TOO_MANY_REGISTRATIONS");
        assertThat(api.post("/api/v1/municipal/registrations", null,
                registration("pump-" + suffix(), mobile(), HAZMIEH, "MUKHTAR")).status()).as("another number").isEqualTo(201);
    }

    private int signInStatus(String username) {
        return api.post("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}").status();
    }

    private static String registration(String username, String mobile, String municipality, String role) {
        return "{\"municipality\":\"" + municipality + "\",\"role\":\"" + role + "\",\"position\":\"مختار الحازمية\","
                + "\"officialName\":\"إيلي جورج الحاج\",\"nationalId\":\"" + nationalId() + "\",\"mobile\":\"" + mobile + "\","
                + "\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"decreeName\":\"decree.pdf\","
                + "\"decree\":\"" + Base64.getEncoder().encodeToString(TestImages.pdf()) + "\"}";
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static String mobile() {
        return "+96659" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String nationalId() {
        var payload = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        return payload + Luhn.checkDigit(payload);
    }
}
