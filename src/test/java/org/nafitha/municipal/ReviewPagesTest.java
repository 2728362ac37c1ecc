package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The review page: a pair side by side for municipal affairs, resolved when two different reviewers agree. */
@NafithaTest
@AutoConfigureMockMvc
class ReviewPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    @Test
    void twoReviewersResolveAPairOnThePageAndOneCannotVoteTwice() throws Exception {
        var api = new ApiClient(port);
        var family = family();
        var baabda = api.post("/api/v1/municipal/beneficiaries", api.login("municipality1"),
                "{\"firstName\":\"غسان\",\"fatherName\":\"نبيل\",\"grandfatherName\":\"فؤاد\",\"familyName\":\"" + family
                        + "\",\"motherName\":\"سعاد حداد\",\"birthDate\":\"1966-02-02\",\"birthPlace\":\"عاليه\","
                        + "\"municipality\":\"ML-BAABDA-BAABDA\"}", "Idempotency-Key", UUID.randomUUID().toString()).text("id");
        var filed = api.post("/api/v1/municipal/beneficiaries", api.login("municipality2"),
                "{\"firstName\":\"غسان\",\"fatherName\":\"نبيل\",\"familyName\":\"" + family + "\",\"birthYear\":\"1970\","
                        + "\"birthPlace\":\"عاليه\",\"municipality\":\"ML-MATN-SIN-EL-FIL\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(filed.body().path("matches").path(0).path("decision").asString()).isEqualTo("REVIEW");
        var filedId = filed.text("id");

        var first = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");
        var page = first.perform(get("/municipal/reviews").param("lang", "en")).getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Possible duplicates to review", "id=\"pair-" + filedId + "\"",
                "Sin el Fil", "Baabda", family, "birth=DIFFERENT");

        var action = "/municipal/reviews/" + filedId + "/" + baabda;
        assertThat(first.perform(post(action).with(csrf()).param("verdict", "SAME")).getFlashMap().get("done"))
                .isEqualTo("municipal.review.waiting");
        assertThat(first.perform(post(action).with(csrf()).param("verdict", "SAME")).getFlashMap().get("problem"))
                .isEqualTo("municipal.error.FOUR_EYES");
        var second = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs2");
        assertThat(second.perform(post(action).with(csrf()).param("verdict", "SAME")).getFlashMap().get("done"))
                .isEqualTo("municipal.review.resolved.SAME");
        assertThat(second.perform(get("/municipal/reviews")).getResponse().getContentAsString())
                .doesNotContain("id=\"pair-" + filedId + "\"");
    }

    /** A made-up family name no other test uses. */
    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }

    @Test
    void onlyMunicipalAffairsOpenTheReviewPage() throws Exception {
        assertThat(MvcVisitor.signedInOnce(mvc, port, "municipality1").perform(get("/municipal/reviews"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(MvcVisitor.signedInOnce(mvc, port, "officer1").perform(get("/municipal/reviews"))
                .getResponse().getStatus()).isEqualTo(403);
    }
}
