package org.nafitha.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The passport renewal journey through the REST API, with the contract of /api/v1. */
@NafithaTest
class PassportRenewalApiTest {

    private static final String FORM = """
            {"serviceCode":"passport-renewal","fields":{"validityYears":"10","mobile":"0501234567"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void citizenAppliesOfficerApprovesReviewerConfirmsAndCitizenSeesApprovedTimeline() {
        var citizen = api.login("1000000008");
        var services = api.get("/api/v1/services", null);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.body().findValuesAsString("code")).contains("passport-renewal");
        var detail = api.get("/api/v1/services/passport-renewal", null);
        assertThat(detail.body().path("fields").findValuesAsString("name"))
                .contains("fullName", "validityYears", "mobile", "photo");
        assertThat(detail.body().path("fields").get(0).path("prefilled").asBoolean()).isTrue();

        var created = api.post("/api/v1/applications", citizen, FORM, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).isEqualTo(201);
        var reference = created.text("reference");
        assertThat(reference).matches("PSP-\\d{4}-\\d{6}-\\d");
        assertThat(created.text("status")).isEqualTo("AWAITING_DOCUMENTS");

        var photo = api.upload("/api/v1/applications/" + reference + "/documents", citizen, "photo", "صورتي.png",
                TestImages.portrait("png"), "image/png");
        assertThat(photo.status()).isEqualTo(201);
        assertThat(photo.text("mediaType")).isEqualTo("image/png");
        assertThat(photo.text("sha256")).hasSize(64);
        var submitted = api.get("/api/v1/applications/" + reference, citizen);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        // an app polling the unchanged case gets 304 and no body
        var etag = submitted.raw().headers().firstValue("ETag").orElseThrow();
        var unchanged = api.get("/api/v1/applications/" + reference, citizen, "If-None-Match", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.raw().body()).isEmpty();

        // the cheapest read, for polling: where it stands, with an ETag that moves with each step
        var standing = api.get("/api/v1/applications/" + reference + "/status", citizen);
        assertThat(standing.status()).isEqualTo(200);
        assertThat(standing.text("status")).isEqualTo("SUBMITTED");
        assertThat(standing.text("serviceCode")).isEqualTo("passport-renewal");
        var statusTag = standing.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(standing.raw().headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("private");
        var stillSubmitted = api.get("/api/v1/applications/" + reference + "/status", citizen, "If-None-Match", statusTag);
        assertThat(stillSubmitted.status()).isEqualTo(304);
        assertThat(stillSubmitted.raw().body()).isEmpty();
        assertThat(stillSubmitted.raw().headers().firstValue("ETag")).contains(statusTag);
        assertThat(standing.contentType()).startsWith("application/json");
        assertThat(standing.text("reference")).isEqualTo(reference);
        assertThat(standing.body().path("version").asInt()).isPositive();
        assertThat(Instant.parse(standing.text("updatedAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(api.get("/api/v1/applications/" + reference + "/status", citizen, "Accept", "application/xml").status())
                .as("the poll answers in JSON only").isEqualTo(406);

        var officer = api.login(Assignees.of(jdbc, reference));
        assertThat(api.get("/api/v1/staff/queue", officer).body().findValuesAsString("reference")).contains(reference);
        var file = api.get("/api/v1/staff/cases/" + reference, officer);
        assertThat(file.body().path("fields").path("fullName").asString()).isEqualTo("أحمد بن علي الزهراني");
        assertThat(file.body().path("fields").path("currentPassportNumber").asString()).isEqualTo("R38291746");
        assertThat(file.body().path("fields").path("mobile").asString()).isEqualTo("+966501234567");
        var approved = api.post("/api/v1/staff/cases/" + reference + "/decisions", officer,
                "{\"action\":\"approve\",\"version\":" + file.body().path("version").asInt() + "}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("PENDING_REVIEW");

        var reviewer = api.login("reviewer1");
        var confirmed = api.post("/api/v1/staff/cases/" + reference + "/decisions", reviewer, "{\"action\":\"confirm\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("APPROVED");

        var moved = api.get("/api/v1/applications/" + reference + "/status", citizen, "If-None-Match", statusTag);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("status")).isEqualTo("APPROVED");
        assertThat(moved.raw().headers().firstValue("ETag").orElseThrow()).isNotEqualTo(statusTag);

        var mine = api.get("/api/v1/applications/" + reference, citizen, "If-None-Match", etag);
        assertThat(mine.status()).as("the case changed since the app's copy").isEqualTo(200);
        assertThat(mine.raw().headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(mine.text("status")).isEqualTo("APPROVED");
        assertThat(mine.body().path("timeline").findValuesAsString("status"))
                .containsExactly("AWAITING_DOCUMENTS", "SUBMITTED", "PENDING_REVIEW", "APPROVED");
        assertThat(mine.body().path("timeline").findValuesAsString("actorRole"))
                .containsExactly("APPLICANT", "APPLICANT", "OFFICER", "REVIEWER");
        assertThat(api.get("/api/v1/applications", citizen).body().findValuesAsString("reference")).contains(reference);
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameCaseAndAnotherBodyIsRefused() {
        var citizen = api.login("1000000016");
        var key = UUID.randomUUID().toString();
        var first = api.post("/api/v1/applications", citizen, FORM, "Idempotency-Key", key);
        var again = api.post("/api/v1/applications", citizen, FORM, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("reference")).isEqualTo(first.text("reference"));
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");

        var other = api.post("/api/v1/applications", citizen, FORM.replace("\"10\"", "\"5\""), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("code")).isEqualTo("cases.idempotencyKeyReused");
    }

    @Test
    void concurrentRetriesWithOneKeyOpenOneCase() throws Exception {
        var citizen = api.login("1000000016");
        var key = UUID.randomUUID().toString();
        var tasks = new ArrayList<Callable<ApiClient.Response>>();
        IntStream.range(0, 8).forEach(i -> tasks.add(() -> api.post("/api/v1/applications", citizen, FORM,
                "Idempotency-Key", key)));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var references = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    var r = f.get();
                    assertThat(r.status()).isEqualTo(201);
                    return r.text("reference");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(references).hasSize(1);
        }
    }

    @Test
    void fieldErrorsComeBackAsProblemDetailsInTheClientsLanguage() {
        var citizen = api.login("1000000016");
        var body = """
                {"serviceCode":"passport-renewal","fields":{"validityYears":"7","emergencyContactId":"1000000009"}}""";
        var english = api.post("/api/v1/applications", citizen, body, "Idempotency-Key", UUID.randomUUID().toString(),
                "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("validityYears", "mobile", "emergencyContactId");
        assertThat(english.body().path("errors").findValuesAsString("message")).contains("This field is required.");

        var arabic = api.post("/api/v1/applications", citizen, body, "Idempotency-Key", UUID.randomUUID().toString(),
                "Accept-Language", "ar");
        assertThat(arabic.body().path("errors").findValuesAsString("message")).contains("هذا الحقل مطلوب.");
    }

    @Test
    void arabicIndicDigitsInIdAndPhoneAreAcceptedAndNormalised() {
        var citizen = api.login("١٠٠٠٠٠٠٠١٦");
        var body = """
                {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"٠٥٥١١١٢٢٣٣","emergencyContactId":"١٠٠٠٠٠٠٠٠٨"}}""";
        var created = api.post("/api/v1/applications", citizen, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).isEqualTo(201);
        var officer = api.login("officer1");
        var file = api.get("/api/v1/staff/cases/" + created.text("reference"), officer);
        assertThat(file.body().path("fields").path("mobile").asString()).isEqualTo("+966551112233");
        assertThat(file.body().path("fields").path("emergencyContactId").asString()).isEqualTo("1000000008");
    }

    @Test
    void creatingWithoutAnIdempotencyKeyOrForAnUnknownServiceIsRefused() {
        var citizen = api.login("1000000008");
        assertThat(api.post("/api/v1/applications", citizen, FORM).status()).isEqualTo(400);
        var unknown = api.post("/api/v1/applications", citizen, FORM.replace("passport-renewal", "moon-visa"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/services/moon-visa", null).status()).isEqualTo(404);
        var malformed = api.post("/api/v1/applications", citizen, "{not json", "Idempotency-Key", "k-malformed");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        var citizen = api.login("1000000008");
        var reference = api.post("/api/v1/applications", citizen, FORM, "Idempotency-Key", UUID.randomUUID().toString())
                .text("reference");
        var path = "/api/v1/applications/" + reference + "/documents";
        var renamedPdf = api.upload(path, citizen, "photo", "photo.jpg", TestImages.pdf(), "image/jpeg");
        assertThat(renamedPdf.status()).isEqualTo(415);
        assertThat(renamedPdf.contentType()).startsWith("application/problem+json");
        assertThat(api.upload(path, citizen, "photo", "empty.png", new byte[0], "image/png").status()).isEqualTo(422);
        assertThat(api.upload(path, citizen, "photo", "big.png", TestImages.oversizedPng(6 * 1024 * 1024), "image/png")
                .status()).isEqualTo(413);
        var huge = api.upload(path, citizen, "photo", "huge.png", TestImages.oversizedPng(11 * 1024 * 1024), "image/png");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(api.upload(path, citizen, "passportScan", "p.png", TestImages.portrait("png"), "image/png").status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/applications/" + reference, citizen).text("status")).isEqualTo("AWAITING_DOCUMENTS");
    }

    @Test
    void someoneElsesReferenceIsNotFound() {
        var owner = api.login("1000000008");
        var reference = api.post("/api/v1/applications", owner, FORM, "Idempotency-Key", UUID.randomUUID().toString())
                .text("reference");
        var stranger = api.login("1000000016");
        var answer = api.get("/api/v1/applications/" + reference, stranger);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.upload("/api/v1/applications/" + reference + "/documents", stranger, "photo", "p.png",
                TestImages.portrait("png"), "image/png").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/NOT-A-REF", stranger).status()).isEqualTo(404);
        var theirStatus = api.get("/api/v1/applications/" + reference + "/status", stranger);
        assertThat(theirStatus.status()).isEqualTo(404);
        assertThat(theirStatus.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/applications/NOT-A-REF/status", stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + reference + "/status", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/applications", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/staff/queue", stranger).status()).isEqualTo(403);
    }

    @Test
    void badCredentialsGetTheSameAnswerWhetherOrNotTheAccountExistsAndRepeatedFailuresAreThrottled() {
        var known = api.post("/api/v1/auth/login", null, "{\"username\":\"1000000024\",\"password\":\"wrong-password\"}");
        var unknown = api.post("/api/v1/auth/login", null, "{\"username\":\"1999999990\",\"password\":\"wrong-password\"}");
        assertThat(known.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(known.body().path("detail")).isEqualTo(unknown.body().path("detail"));
        assertThat(known.contentType()).startsWith("application/problem+json");

        var target = "{\"username\":\"1000000032\",\"password\":\"guess\"}";
        IntStream.range(0, 5).forEach(i -> assertThat(api.post("/api/v1/auth/login", null, target).status()).isEqualTo(401));
        var throttled = api.post("/api/v1/auth/login", null, target);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
    }
}
