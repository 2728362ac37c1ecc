package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A pair the matcher sent to review is resolved only when two different reviewers of municipal affairs agree. */
@NafithaTest
class ReviewsApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void twoDifferentReviewersWhoAgreeResolveThePair() {
        var pair = reviewPair();
        var first = api.login("municipal-affairs1");
        var listed = api.get("/api/v1/municipal/reviews", first).body().valueStream()
                .filter(p -> p.path("filed").path("id").asString().equals(pair[0])).findFirst().orElseThrow();
        assertThat(listed.path("candidate").path("id").asString()).isEqualTo(pair[1]);
        assertThat(listed.path("filed").path("municipality").asString()).isEqualTo("ML-MATN-SIN-EL-FIL");
        assertThat(listed.path("candidate").path("municipality").asString()).isEqualTo("ML-BAABDA-BAABDA");
        assertThat(listed.path("explanation").asString()).contains("birth=DIFFERENT", "place=EXACT");

        var path = "/api/v1/municipal/reviews/" + pair[0] + "/" + pair[1];
        var once = api.post(path, first, "{\"verdict\":\"SAME\"}");
        assertThat(once.status()).isEqualTo(200);
        assertThat(once.body().path("resolution").isNull()).isTrue();
        var twice = api.post(path, first, "{\"verdict\":\"SAME\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("municipal.FOUR_EYES");

        var second = api.post(path, api.login("municipal-affairs2"), "{\"verdict\":\"SAME\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("resolution")).isEqualTo("SAME");
        assertThat(api.get("/api/v1/municipal/reviews", first).body().valueStream()
                .map(p -> p.path("filed").path("id").asString())).doesNotContain(pair[0]);
    }

    @Test
    void reviewersWhoDisagreeLeaveThePairOpen() {
        var pair = reviewPair();
        var path = "/api/v1/municipal/reviews/" + pair[0] + "/" + pair[1];
        api.post(path, api.login("municipal-affairs1"), "{\"verdict\":\"SAME\"}");
        var disagree = api.post(path, api.login("municipal-affairs2"), "{\"verdict\":\"DIFFERENT\"}");
        assertThat(disagree.status()).isEqualTo(200);
        assertThat(disagree.body().path("resolution").isNull()).isTrue();
        var open = api.get("/api/v1/municipal/reviews", api.login("municipal-affairs2")).body().valueStream()
                .filter(p -> p.path("filed").path("id").asString().equals(pair[0])).findFirst().orElseThrow();
        assertThat(open.path("votes").size()).isEqualTo(2);
    }

    @Test
    void onlyMunicipalAffairsReviewAndBadVotesAreRefused() {
        var pair = reviewPair();
        var path = "/api/v1/municipal/reviews/" + pair[0] + "/" + pair[1];
        assertThat(api.get("/api/v1/municipal/reviews", api.login("municipality1")).status()).isEqualTo(403);
        assertThat(api.post(path, api.login("municipality2"), "{\"verdict\":\"SAME\"}").status()).isEqualTo(403);
        var affairs = api.login("municipal-affairs1");
        var bad = api.post(path, affairs, "{\"verdict\":\"MAYBE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").path(0).path("field").asString()).isEqualTo("verdict");
        assertThat(api.post("/api/v1/municipal/reviews/" + pair[0] + "/" + UUID.randomUUID(), affairs, "{\"verdict\":\"SAME\"}")
                .status()).isEqualTo(404);
    }

    /** Baabda files someone; Sin el Fil files the same names and place without grandfather or mother, born years apart. */
    private String[] reviewPair() {
        var family = family();
        var baabda = api.post("/api/v1/municipal/beneficiaries", api.login("municipality1"),
                "{\"firstName\":\"حسين\",\"fatherName\":\"علي\",\"grandfatherName\":\"محمد\",\"familyName\":\"" + family
                        + "\",\"motherName\":\"زينب " + family() + "\",\"birthDate\":\"1975-07-01\",\"birthPlace\":\"بعبدا\","
                        + "\"municipality\":\"ML-BAABDA-BAABDA\"}", "Idempotency-Key", UUID.randomUUID().toString()).text("id");
        var sinElFil = api.post("/api/v1/municipal/beneficiaries", api.login("municipality2"),
                "{\"firstName\":\"حسين\",\"fatherName\":\"علي\",\"familyName\":\"" + family + "\",\"birthYear\":\"1979\","
                        + "\"birthPlace\":\"بعبدا\",\"municipality\":\"ML-MATN-SIN-EL-FIL\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sinElFil.body().path("matches").path(0).path("decision").asString()).isEqualTo("REVIEW");
        return new String[]{sinElFil.text("id"), baabda};
    }

    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }
}
