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
import org.nafitha.country.Luhn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Municipalities file beneficiaries through the API: each sees only its own records, each new one
 * is matched across all municipalities (the same person filed by another municipality is linked or
 * sent to review), bad input is answered field by field, and one person filed twice at once is one record.
 */
@NafithaTest
class BeneficiariesApiTest {

    private static final String BAABDA = "ML-BAABDA-BAABDA";
    private static final String SIN_EL_FIL = "ML-MATN-SIN-EL-FIL";

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
    void aMunicipalitySeesOnlyItsOwnBeneficiaries() {
        var filed = file("municipality1", body(nationalId(), "جورج", "إلياس", "طانيوس", family(), null, "1976-02-14", null, BAABDA));
        assertThat(filed.status()).isEqualTo(201);
        var id = filed.text("id");

        var own = api.get("/api/v1/municipal/beneficiaries/" + id, api.login("municipality1"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("firstName")).isEqualTo("جورج");
        assertThat(own.text("municipality")).isEqualTo(BAABDA);
        assertThat(api.get("/api/v1/municipal/beneficiaries/" + id, api.login("mukhtar1")).status()).isEqualTo(200);

        var other = api.get("/api/v1/municipal/beneficiaries/" + id, api.login("municipality2"), "Accept-Language", "en");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("code")).isEqualTo("municipal.NOT_FOUND");
        assertThat(api.get("/api/v1/municipal/beneficiaries/" + UUID.randomUUID(), api.login("municipality2")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/municipal/beneficiaries/not-an-id", api.login("municipality2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/municipal/beneficiaries/" + id, api.login("municipal-affairs1")).status()).isEqualTo(200);

        var audited = jdbc.sql("SELECT action FROM audit_log WHERE reason = :r ORDER BY id")
                .param("r", "beneficiary " + id).query(String.class).list();
        assertThat(audited).contains("municipal.beneficiary.read", "municipal.beneficiary.read.refused");
    }

    @Test
    void theSamePersonFiledByAnotherMunicipalityIsLinkedAcrossMunicipalities() {
        var family = family();
        var first = file("municipality1", body(null, "عبد الله", "أحمد", "محمود", family, "فاطمة " + family(), "1980-04-23",
                null, BAABDA)).text("id");
        // Written again in Sin el Fil: joined compound, no hamza, ال added, ه for ة, only the birth year (in Arabic-Indic digits).
        var again = file("municipality2", body(null, "عبدالله", "احمد", "محمود", "ال" + family, null, null, "١٩٨٠", SIN_EL_FIL));
        assertThat(again.status()).isEqualTo(201);
        var match = again.body().path("matches").path(0);
        assertThat(match.path("id").asString()).isEqualTo(first);
        assertThat(match.path("decision").asString()).isEqualTo("LINK");
        assertThat(match.path("score").asDouble()).isGreaterThanOrEqualTo(16);
        assertThat(match.path("explanation").asString()).contains("family=EXACT", "first=EXACT", "birth=YEAR");

        // Linked, but Sin el Fil still cannot read Baabda's record.
        assertThat(api.get("/api/v1/municipal/beneficiaries/" + first, api.login("municipality2")).status()).isEqualTo(404);
        var readBack = api.get("/api/v1/municipal/beneficiaries/" + again.text("id"), api.login("municipality2"));
        assertThat(readBack.body().path("matches").path(0).path("id").asString()).isEqualTo(first);
    }

    @Test
    void aPairThatMayBeTheSamePersonGoesToReviewAndRelativesStayDistinct() {
        var family = family();
        var first = file("municipality1", body(null, "حسين", "علي", "محمد", family, "زينب " + family(), "1975-07-01", null,
                BAABDA, "بعبدا")).text("id");
        // Same names and place, no grandfather or mother, but born some years apart: two people must look.
        var maybe = file("municipality2", body(null, "حسين", "علي", null, family, null, null, "1979", SIN_EL_FIL, "بعبدا"));
        assertThat(maybe.status()).isEqualTo(201);
        assertThat(maybe.body().path("matches").path(0).path("id").asString()).isEqualTo(first);
        assertThat(maybe.body().path("matches").path(0).path("decision").asString()).isEqualTo("REVIEW");
        // His sister: same father, grandfather, family and mother; another first name and year.
        var sister = file("municipality2", body(null, "مريم", "علي", "محمد", family, "زينب " + family(), "1982-03-09", null,
                SIN_EL_FIL, "بعبدا"));
        assertThat(sister.status()).isEqualTo(201);
        assertThat(sister.body().path("matches").valueStream().map(m -> m.path("id").asString())).doesNotContain(first);
    }

    @Test
    void aNameInLatinLettersIsMatchedWithItsArabicSpelling() {
        var nationalIdless = file("municipality1", body(null, "خالد", "سمير", "نبيل", "الخطيب", "منى يزبك", "1991-11-05", null, BAABDA));
        var latin = file("municipality2", body(null, "Khaled", "Samir", "Nabil", "El Khatib", null, "1991-11-05", null, SIN_EL_FIL));
        assertThat(latin.status()).isEqualTo(201);
        assertThat(latin.body().path("matches").valueStream().map(m -> m.path("id").asString()))
                .contains(nationalIdless.text("id"));
    }

    @Test
    void theSameNationalIdIsLinkedWhateverTheNames() {
        var id = nationalId();
        var first = file("municipality1", body(id, "ريتا", "جوزيف", null, family(), null, null, "1990", BAABDA)).text("id");
        var again = file("municipality2", body(id, "Rita", "Joseph", null, "Haddad", null, null, null, SIN_EL_FIL));
        assertThat(again.body().path("matches").path(0).path("id").asString()).isEqualTo(first);
        assertThat(again.body().path("matches").path(0).path("decision").asString()).isEqualTo("LINK");
        assertThat(again.body().path("matches").path(0).path("explanation").asString()).contains("nationalId=EXACT");
    }

    @Test
    void badInputIsAnsweredFieldByField() {
        var future = LocalDate.now().plusYears(1).toString();
        var response = api.post("/api/v1/municipal/beneficiaries", api.login("municipality1"),
                body("1000000009", "محمد2", "Aliعلي", "", "الخوري!", null, future, "19x0", BAABDA),
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "ar");
        assertThat(response.status()).isEqualTo(400);
        var errors = response.body().path("errors").valueStream()
                .map(e -> e.path("field").asString() + ":" + e.path("code").asString()).toList();
        assertThat(errors).containsExactlyInAnyOrder("firstName:municipal.NAME_HAS_DIGITS",
                "fatherName:municipal.NAME_MIXES_SCRIPTS", "familyName:municipal.NAME_HAS_SYMBOLS",
                "nationalId:municipal.NATIONAL_ID_INVALID", "birthDate:municipal.BIRTH_DATE_IN_FUTURE",
                "birthYear:municipal.BIRTH_YEAR_INVALID");
        assertThat(response.body().path("errors").path(0).path("message").asString()).isEqualTo("لا يجوز أن يحتوي الاسم على أرقام.");

        var missing = file("municipality1", "{\"municipality\":\"nowhere\",\"birthYear\":1980,\"birthDate\":\"1981-01-01\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors").valueStream().map(e -> e.path("field").asString() + ":" + e.path("code").asString()))
                .containsExactlyInAnyOrder("firstName:municipal.NAME_REQUIRED", "fatherName:municipal.NAME_REQUIRED",
                        "familyName:municipal.NAME_REQUIRED", "birthYear:municipal.BIRTH_DATE_AND_YEAR_DIFFER",
                        "municipality:municipal.MUNICIPALITY_UNKNOWN");
        assertThat(file("municipality1", "{\"firstName\":[1],\"birthYear\":{\"y\":1}}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/municipal/beneficiaries", api.login("municipality1"),
                body(null, "سليم", "نادر", null, family(), null, null, null, BAABDA)).status()).isEqualTo(400);
    }

    @Test
    void onlyAMunicipalitysOwnStaffFileForIt() {
        var forOther = file("municipality1", body(null, "نادين", "سمير", null, family(), null, null, "1999", SIN_EL_FIL));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.text("code")).isEqualTo("municipal.NOT_YOUR_MUNICIPALITY");
        var ministry = file("municipal-affairs1", body(null, "نادين", "سمير", null, family(), null, null, "1999", BAABDA));
        assertThat(ministry.status()).isEqualTo(403);
        assertThat(ministry.text("code")).isEqualTo("municipal.NOT_MUNICIPAL_STAFF");
        assertThat(file("officer1", body(null, "نادين", "سمير", null, family(), null, null, "1999", BAABDA)).status()).isEqualTo(403);
    }

    @Test
    void theSameRequestOrTheSamePersonAgainIsTheRecordAlreadyOnFile() {
        var body = body(null, "هالة", "جميل", "نصر", family(), "سعاد " + family(), "1988-08-08", null, BAABDA);
        var key = UUID.randomUUID().toString();
        var token = api.login("municipality1");
        var first = api.post("/api/v1/municipal/beneficiaries", token, body, "Idempotency-Key", key);
        var replay = api.post("/api/v1/municipal/beneficiaries", token, body, "Idempotency-Key", key);
        var again = api.post("/api/v1/municipal/beneficiaries", token, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(again.text("id")).isEqualTo(first.text("id"));
    }

    @Test
    void oneHouseholdHeadFiledEightTimesAtOnceIsOneRecord() throws Exception {
        var family = family();
        var body = body(null, "مروان", "فؤاد", "أسعد", family, "وداد " + family(), "1969-12-30", null, BAABDA);
        var token = api.login("municipality1");
        var tasks = new ArrayList<Callable<ApiClient.Response>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> api.post("/api/v1/municipal/beneficiaries", token, body, "Idempotency-Key", UUID.randomUUID().toString()));
        }
        List<ApiClient.Response> responses;
        try (var pool = Executors.newFixedThreadPool(8)) {
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
            assertThat(r.status()).isIn(200, 201);
            ids.add(r.text("id"));
        });
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_beneficiaries WHERE family_name = :f").param("f", family)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private ApiClient.Response file(String username, String body) {
        return api.post("/api/v1/municipal/beneficiaries", api.login(username), body,
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
    }

    private static String body(String nationalId, String first, String father, String grandfather, String family,
                               String mother, String birthDate, String birthYear, String municipality) {
        return body(nationalId, first, father, grandfather, family, mother, birthDate, birthYear, municipality, null);
    }

    private static String body(String nationalId, String first, String father, String grandfather, String family,
                               String mother, String birthDate, String birthYear, String municipality, String place) {
        var json = new StringBuilder("{");
        field(json, "nationalId", nationalId);
        field(json, "firstName", first);
        field(json, "fatherName", father);
        field(json, "grandfatherName", grandfather);
        field(json, "familyName", family);
        field(json, "motherName", mother);
        field(json, "birthDate", birthDate);
        field(json, "birthYear", birthYear);
        field(json, "birthPlace", place);
        field(json, "municipality", municipality);
        return json.append("}").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        if (value == null) return;
        if (json.length() > 1) json.append(',');
        json.append('"').append(name).append("\":\"").append(value).append('"');
    }

    /** A family name no other test uses: a made-up but pronounceable Arabic name. */
    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }

    /** A valid national ID (Luhn) that the demo civil register does not hold. */
    private static String nationalId() {
        var payload = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        return payload + Luhn.checkDigit(payload);
    }
}
