package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An app files whole household assessments: each member goes into the register of beneficiaries
 * through the matcher, a municipality reads only its own, bad answers are named at their fields,
 * one request sent twice at once is one record, and aid another municipality granted is flagged.
 */
@NafithaTest
class AssessmentsApiTest {

    private static final String PATH = "/api/v1/municipal/assessments";

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
    void aHouseholdIsFiledMemberByMemberIntoTheRegisterAndReadBackOnlyByItsMunicipality() {
        var family = family();
        var mother = "نهاد " + family();
        // The wife was already filed by Sin el Fil, spelled another way and with her birth year only.
        var before = api.post("/api/v1/municipal/beneficiaries", api.login("municipality2"), """
                {"firstName": "ليلى", "fatherName": "حنا", "grandfatherName": "يوسف", "familyName": "%s", "motherName": "%s",
                 "birthYear": "١٩٦٥", "municipality": "ML-MATN-SIN-EL-FIL"}""".formatted(family, mother),
                "Idempotency-Key", UUID.randomUUID().toString()).text("id");

        var filed = post("municipality1", household(member("جورج", "إلياس", family, "1961-04-12", null, "head"),
                member("ليلى", "حنا", family, "١٩٦٥-٠٣-٠٢", null, "spouse").replace("}", ", \"grandfatherName\": \"يوسف\", \"motherName\": \"" + mother + "\"}")),
                UUID.randomUUID().toString());
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.raw().headers().firstValue("Location")).hasValue(PATH + "/" + filed.text("id"));
        var members = filed.body().path("members");
        assertThat(members.size()).isEqualTo(2);
        // (another "جورج إلياس" born that day elsewhere may be sent to review: a common name; never linked to her)
        assertThat(members.path(0).path("matches").valueStream().map(m -> m.path("id").asString())).doesNotContain(before);
        assertThat(members.path(1).path("matches").path(0).path("id").asString()).isEqualTo(before);
        assertThat(members.path(1).path("matches").path(0).path("decision").asString()).isEqualTo("LINK");
        assertThat(members.path(1).path("matches").path(0).path("municipality").asString()).isEqualTo("ML-MATN-SIN-EL-FIL");

        var id = filed.text("id");
        var read = api.get(PATH + "/" + id, api.login("mukhtar1"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("form")).isEqualTo("household-assessment");
        assertThat(read.body().path("version").asInt()).isEqualTo(1);
        assertThat(read.body().path("answers").path("householdSize").asInt()).isEqualTo(2);
        assertThat(read.body().path("answers").path("needs").valueStream().map(n -> n.asString())).containsExactly("food", "health");
        assertThat(read.body().path("answers").path("disability").asBoolean()).isFalse();
        assertThat(read.body().path("members").path(1).path("answers").path("birthDate").asString()).isEqualTo("1965-03-02");
        // The register holds the member as filed, with the same beneficiary id.
        assertThat(api.get("/api/v1/municipal/beneficiaries/" + members.path(0).path("beneficiaryId").asString(),
                api.login("municipality1")).text("familyName")).isEqualTo(family);

        var other = api.get(PATH + "/" + id, api.login("municipality2"), "Accept-Language", "en");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(other.text("code")).isEqualTo("municipal.ASSESSMENT_NOT_FOUND");
        assertThat(api.get(PATH + "/" + UUID.randomUUID(), api.login("municipality1")).status()).isEqualTo(404);
        assertThat(api.get(PATH + "/not-an-id", api.login("municipality1")).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE reason LIKE :r ORDER BY id").param("r", "assessment " + id + "%")
                .query(String.class).list()).contains("municipal.assessment.file", "municipal.assessment.read",
                "municipal.assessment.read.refused");
    }

    @Test
    void badAnswersAreNamedAtTheirFieldsInTheReadersLanguage() {
        var future = LocalDate.now().plusDays(3).toString();
        var bad = post("municipality1", """
                {"form": "household-assessment", "answers": {"area": "حي الكنيسة", "householdSize": 0, "monthlyIncome": "١٠٠",
                  "needs": ["food", "jewels"], "disability": true},
                 "members": [{"firstName": "جورج2", "fatherName": "Eliasإلياس", "familyName": "الخوري", "birthDate": "%s",
                              "nationalId": "1000000009", "relation": "head"}]}""".formatted(future), UUID.randomUUID().toString(),
                "Accept-Language", "ar");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body().path("errors").valueStream().map(e -> e.path("field").asString() + ":" + e.path("code").asString()))
                .containsExactlyInAnyOrder("householdSize:municipal.FIELD_BELOW_MIN", "needs:municipal.FIELD_CHOICE_UNKNOWN",
                        "disabilityDetails:municipal.FIELD_REQUIRED", "members[0].firstName:municipal.NAME_HAS_DIGITS",
                        "members[0].fatherName:municipal.NAME_MIXES_SCRIPTS", "members[0].birthDate:municipal.BIRTH_DATE_IN_FUTURE",
                        "members[0].nationalId:municipal.NATIONAL_ID_INVALID");
        assertThat(bad.body().path("errors").valueStream().filter(e -> e.path("field").asString().equals("members[0].firstName"))
                .findFirst().orElseThrow().path("message").asString()).isEqualTo("لا يجوز أن يحتوي الاسم على أرقام.");

        var noHead = post("municipality1", """
                {"form": "household-assessment", "answers": {"area": "الحي", "householdSize": 1, "monthlyIncome": 0, "needs": ["cash"]}}""",
                UUID.randomUUID().toString());
        assertThat(noHead.body().path("errors").path(0).path("field").asString()).isEqualTo("members");
        assertThat(noHead.body().path("errors").path(0).path("code").asString()).isEqualTo("municipal.MEMBERS_TOO_FEW");
        assertThat(post("municipality1", "{\"form\": \"tax-return\", \"answers\": {}}", UUID.randomUUID().toString())
                .text("code")).isEqualTo("municipal.FORM_UNKNOWN");
        assertThat(post("municipality1", "{\"form\": \"household-assessment\", \"answers\": {\"area\": {\"x\": 1}}}",
                UUID.randomUUID().toString()).body().path("errors").path(0).path("field").asString()).isEqualTo("area");
        assertThat(post("municipality1", "{\"form\": \"household-assessment\", \"members\": \"all\"}", UUID.randomUUID().toString())
                .status()).isEqualTo(400);
        assertThat(api.post(PATH, api.login("municipality1"), household(member("سليم", "نادر", family(), null, "1990", "head")))
                .text("code")).isEqualTo("municipal.IDEMPOTENCY_KEY_REQUIRED");
        assertThat(post("municipal-affairs1", household(member("سليم", "نادر", family(), null, "1990", "head")),
                UUID.randomUUID().toString()).text("code")).isEqualTo("municipal.NOT_MUNICIPAL_STAFF");
    }

    @Test
    void theSameAssessmentSentSixTimesAtOnceIsOneRecordWithItsMembersFiledOnce() throws Exception {
        var family = family();
        var body = household(member("مروان", "فؤاد", family, "1969-12-30", null, "head"), member("وداد", "سليم", family, null, "1972", "spouse"));
        var key = UUID.randomUUID().toString();
        var token = api.login("municipality1");
        var tasks = new ArrayList<Callable<ApiClient.Response>>();
        for (int i = 0; i < 6; i++) tasks.add(() -> api.post(PATH, token, body, "Idempotency-Key", key));
        List<ApiClient.Response> responses;
        try (var pool = Executors.newFixedThreadPool(6)) {
            responses = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        var ids = new HashSet<String>();
        responses.forEach(r -> {
            assertThat(r.status()).as(r.body().toString()).isIn(200, 201);
            ids.add(r.text("id"));
            assertThat(r.body().path("members").size()).isEqualTo(2);
        });
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_assessments WHERE idempotency_key = :k").param("k", key)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_beneficiaries WHERE family_name = :f").param("f", family)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aidAnotherMunicipalityGrantedIsFlaggedAndTheDecisionIsTheStaffsOnce() {
        var family = family();
        var elsewhere = post("municipality2", household(member("حسين", "علي", family, "1975-07-01", null, "head")),
                UUID.randomUUID().toString()).text("id");
        assertThat(decide("municipality2", elsewhere, "{\"outcome\": \"GRANTED\", \"kind\": \"FOOD\", \"amount\": \"١٠٠\"}").status())
                .isEqualTo(201);

        var here = post("municipality1", household(member("حسين", "علي", family, "1975-07-01", null, "head")),
                UUID.randomUUID().toString()).text("id");
        var read = api.get(PATH + "/" + here, api.login("municipality1"));
        var flag = read.body().path("helpedElsewhere").path(0);
        assertThat(flag.path("municipality").asString()).isEqualTo("ML-MATN-SIN-EL-FIL");
        assertThat(flag.path("kind").asString()).isEqualTo("FOOD");
        assertThat(flag.path("how").asString()).isEqualTo("LINK");
        assertThat(read.body().path("decision").isNull()).isTrue();

        assertThat(decide("mukhtar1", here, "{\"outcome\": \"GRANTED\", \"kind\": \"CASH\", \"amount\": 50}").text("code"))
                .isEqualTo("municipal.NOT_AID_DECIDER");
        assertThat(decide("municipality2", here, "{\"outcome\": \"REFUSED\", \"reason\": \"—\"}").status()).isEqualTo(404);
        var invalid = decide("municipality1", here, "{\"outcome\": \"GRANTED\", \"kind\": \"GOLD\", \"amount\": -5}");
        assertThat(invalid.body().path("errors").valueStream().map(e -> e.path("field").asString())).containsExactly("kind", "amount");
        assertThat(decide("municipality1", here, "{\"outcome\": \"REFUSED\"}").body().path("errors").path(0).path("code")
                .asString()).isEqualTo("municipal.AID_REASON_REQUIRED");

        var granted = decide("municipality1", here, "{\"outcome\": \"GRANTED\", \"kind\": \"CASH\", \"amount\": 50}");
        assertThat(granted.status()).isEqualTo(201);
        assertThat(decide("municipality1", here, "{\"outcome\": \"GRANTED\", \"kind\": \"CASH\", \"amount\": 50}").status()).isEqualTo(200);
        assertThat(decide("municipality1", here, "{\"outcome\": \"REFUSED\", \"reason\": \"عدلنا\"}").text("code"))
                .isEqualTo("municipal.AID_ALREADY_DECIDED");
        assertThat(api.get(PATH + "/" + here, api.login("municipality1")).body().path("decision").path("kind").asString()).isEqualTo("CASH");
        // Sin el Fil now sees Baabda's grant on its own household in turn.
        assertThat(api.get(PATH + "/" + elsewhere, api.login("municipality2")).body().path("helpedElsewhere").path(0)
                .path("municipality").asString()).isEqualTo("ML-BAABDA-BAABDA");
    }

    @Test
    void aPairMunicipalAffairsFoundToBeTwoPeopleIsNoLongerFlagged() {
        var family = family();
        var elsewhere = post("municipality2", household("""
                {"firstName": "غسان", "fatherName": "نبيل", "grandfatherName": "فؤاد", "familyName": "%s",
                 "motherName": "سعاد حداد", "birthDate": "1966-02-02", "relation": "head"}""".formatted(family)),
                UUID.randomUUID().toString()).text("id");
        decide("municipality2", elsewhere, "{\"outcome\": \"GRANTED\", \"kind\": \"HEALTH\", \"amount\": 200}");
        // Same names but the grandfather, born a year apart: the matcher cannot tell, two people must look.
        var here = post("municipality1", household(member("غسان", "نبيل", family, null, "1967", "head")
                .replace("}", ", \"grandfatherName\": \"سليم\"}")), UUID.randomUUID().toString());
        var pair = here.body().path("members").path(0).path("matches").path(0);
        assertThat(pair.path("decision").asString()).isEqualTo("REVIEW");
        var path = PATH + "/" + here.text("id");
        assertThat(api.get(path, api.login("municipality1")).body().path("helpedElsewhere").path(0).path("how").asString())
                .isEqualTo("REVIEW");

        var votes = "/api/v1/municipal/reviews/" + here.body().path("members").path(0).path("beneficiaryId").asString() + "/"
                + pair.path("id").asString();
        api.post(votes, api.login("municipal-affairs1"), "{\"verdict\": \"DIFFERENT\"}");
        api.post(votes, api.login("municipal-affairs2"), "{\"verdict\": \"DIFFERENT\"}");
        assertThat(api.get(path, api.login("municipality1")).body().path("helpedElsewhere").size()).isZero();
    }

    @Test
    void theDemosHouseholdHelpedInSinElFilIsFlaggedWhenBaabdaFilesHerAgain() {
        var filed = post("municipality1", """
                {"form": "household-assessment", "answers": {"area": "حي السراي", "householdSize": 1, "monthlyIncome": 40,
                  "needs": ["cash"]},
                 "members": [{"firstName": "مريم", "fatherName": "يوسف", "grandfatherName": "جرجس", "familyName": "الحاج",
                              "motherName": "تريز", "birthYear": "١٩٥٨", "relation": "head"}]}""", UUID.randomUUID().toString());
        var flags = api.get(PATH + "/" + filed.text("id"), api.login("municipality1")).body().path("helpedElsewhere");
        assertThat(flags.valueStream().map(f -> f.path("municipality").asString() + ":" + f.path("kind").asString() + ":"
                + f.path("how").asString())).contains("ML-MATN-SIN-EL-FIL:FOOD:LINK");
    }

    @Test
    void aFormsDefinitionIsPublishedForAppsToRender() {
        var form = api.get("/api/v1/municipal/forms/household-assessment", api.login("municipality1"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().path("version").asInt()).isEqualTo(1);
        assertThat(form.body().path("title").path("ar").asString()).isEqualTo("تقييم وضع أسرة");
        assertThat(form.body().path("members").path("fields").path(0).path("name").asString()).isEqualTo("firstName");
        var health = form.body().path("fields").valueStream().filter(f -> f.path("name").asString().equals("healthDetails"))
                .findFirst().orElseThrow();
        assertThat(health.path("when").path("field").asString()).isEqualTo("needs");
        assertThat(health.path("when").path("equals").asString()).isEqualTo("health");
        assertThat(api.get("/api/v1/municipal/forms/displacement-report?version=1", api.login("mukhtar1")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/municipal/forms/displacement-report?version=7", api.login("mukhtar1")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/municipal/forms/tax-return", api.login("mukhtar1")).text("code")).isEqualTo("municipal.FORM_NOT_FOUND");
    }

    private ApiClient.Response post(String username, String body, String key, String... headers) {
        var all = new ArrayList<>(List.of("Idempotency-Key", key));
        all.addAll(List.of(headers));
        return api.post(PATH, api.login(username), body, all.toArray(String[]::new));
    }

    private ApiClient.Response decide(String username, String id, String body) {
        return api.post(PATH + "/" + id + "/decision", api.login(username), body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String household(String... members) {
        return """
                {"form": "household-assessment", "version": 1,
                 "answers": {"area": "حي المدرسة", "householdSize": "%d", "monthlyIncome": 120, "needs": ["health", "food"],
                             "healthDetails": "دواء سكري", "disability": false},
                 "members": [%s]}""".formatted(members.length, String.join(",", members));
    }

    private static String member(String first, String father, String family, String birthDate, String birthYear, String relation) {
        return "{\"firstName\": \"%s\", \"fatherName\": \"%s\", \"familyName\": \"%s\", %s \"relation\": \"%s\"}".formatted(
                first, father, family, birthDate != null ? "\"birthDate\": \"" + birthDate + "\"," : "\"birthYear\": " + birthYear + ",",
                relation);
    }

    /** A family name no other test uses: a made-up but pronounceable Arabic name. */
    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }
}
