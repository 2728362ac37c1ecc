package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The field workers' pages without JavaScript: a draft started once for two clicks, saved by its
 * button and by htmx's save, a member row added and removed, filing refused at the fields with
 * everything typed kept, then filed; a draft is its author's alone, and only staff decide aid.
 */
@NafithaTest
@AutoConfigureMockMvc
class AssessmentPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    @Test
    void aFieldWorkerDraftsAddsAMemberIsToldWhatIsMissingAndFiles() throws Exception {
        var worker = MvcVisitor.signedInOnce(mvc, port, "municipality1");
        var list = worker.perform(get("/municipal/assessments")).getResponse().getContentAsString();
        assertThat(list).contains("تقييم وضع أسرة", "تقرير نزوح");
        var key = UUID.randomUUID().toString();
        var start = worker.perform(post("/municipal/assessments").with(csrf()).param("form", "household-assessment").param("key", key));
        var again = worker.perform(post("/municipal/assessments").with(csrf()).param("form", "household-assessment").param("key", key));
        var location = start.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/municipal/assessments/");
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(location);

        var family = family();
        var saved = worker.perform(post(location).with(csrf()).param("members", "1").param("m0.firstName", "سمير")
                .param("m0.fatherName", "نبيل").param("m0.familyName", family).param("f.area", "حي الكنيسة")
                .param("f.needs", "food", "health").param("action", "save"));
        assertThat(saved.getFlashMap().get("saved")).isEqualTo(true);
        var page = worker.perform(get(location)).getResponse().getContentAsString();
        assertThat(page).contains("value=\"سمير\"", "value=\"" + family + "\"", "value=\"حي الكنيسة\"")
                .containsPattern("id=\"f-needs-health\"[^>]*checked")
                // without JavaScript every question shows; the script hides those whose condition does not hold
                .contains("data-when=\"f.needs\" data-when-equals=\"health\"");

        // htmx saves as the worker types: the same answers twice are the same draft.
        for (int i = 0; i < 2; i++) {
            var autosaved = worker.perform(post(location + "/draft").with(csrf()).header("HX-Request", "true")
                    .param("members", "1").param("m0.firstName", "سمير").param("m0.fatherName", "نبيل")
                    .param("m0.familyName", family).param("f.area", "حي الكنيسة").param("f.householdSize", "٣")
                    .param("f.needs", "food", "health")).getResponse();
            assertThat(autosaved.getContentAsString()).contains("حُفظت المسودة").doesNotContain("<html");
        }
        worker.perform(post(location).with(csrf()).param("members", "1").param("m0.firstName", "سمير")
                .param("m0.fatherName", "نبيل").param("m0.familyName", family).param("f.area", "حي الكنيسة")
                .param("f.householdSize", "٣").param("f.needs", "food", "health").param("action", "add"));
        page = worker.perform(get(location)).getResponse().getContentAsString();
        assertThat(page).contains("id=\"m1-firstName\"", "value=\"٣\"");

        var refused = worker.perform(post(location).with(csrf()).param("members", "2").param("m0.firstName", "سمير")
                .param("m0.fatherName", "نبيل").param("m0.familyName", family).param("m0.relation", "head")
                .param("m1.firstName", "ريم3").param("m1.fatherName", "سمير").param("m1.familyName", family)
                .param("f.area", "حي الكنيسة").param("f.householdSize", "٣").param("f.needs", "food", "health")
                .param("action", "file")).getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("لا يجوز أن يحتوي الاسم على أرقام.",
                "الفرد ٢ — الاسم الأول: لا يجوز أن يحتوي الاسم على أرقام.", "دخل الأسرة الشهري (بالدولار الأميركي): أجب عن هذا السؤال.", "href=\"#m1-firstName\"",
                "href=\"#f-monthlyIncome\"", "href=\"#f-healthDetails\"", "href=\"#m1-relation\"", "value=\"ريم3\"", "value=\"سمير\"");

        var filed = worker.perform(post(location).with(csrf()).param("members", "2").param("m0.firstName", "سمير")
                .param("m0.fatherName", "نبيل").param("m0.familyName", family).param("m0.relation", "head")
                .param("m1.firstName", "ريم").param("m1.fatherName", "سمير").param("m1.familyName", family)
                .param("m1.birthYear", "٢٠١٢").param("m1.relation", "child")
                .param("f.area", "حي الكنيسة").param("f.householdSize", "٣").param("f.monthlyIncome", "٢٠٠")
                .param("f.needs", "food", "health").param("f.healthDetails", "ربو").param("action", "file"));
        assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo(location + "/household");
        var household = worker.perform(get(location + "/household")).getResponse().getContentAsString();
        assertThat(household).contains("سمير نبيل " + family, "ريم سمير " + family, "جديد في السجل", "منح المساعدة");
        // A filed record is not a draft any more: its form redirects to the record, and saving is refused.
        assertThat(worker.perform(get(location)).getResponse().getRedirectedUrl()).isEqualTo(location + "/household");
        assertThat(worker.perform(post(location + "/draft").with(csrf()).header("HX-Request", "true").param("f.area", "x"))
                .getResponse().getContentAsString()).contains("قُدّم هذا التقييم");

        // The mukhtar of the same municipality reads it but does not decide; another municipality does not find it.
        var mukhtar = MvcVisitor.signedInOnce(mvc, port, "mukhtar1");
        assertThat(mukhtar.perform(get(location + "/household")).getResponse().getContentAsString())
                .contains("سمير نبيل " + family).doesNotContain("منح المساعدة");
        var other = MvcVisitor.signedInOnce(mvc, port, "municipality2");
        assertThat(other.perform(get(location + "/household")).getResponse().getStatus()).isEqualTo(404);

        var decided = worker.perform(post(location + "/decision").with(csrf())
                .param("outcome", "GRANTED").param("kind", "FOOD").param("amount", "١٠٠"));
        assertThat(decided.getFlashMap().get("decided")).isEqualTo(true);
        // A second click on "file" shows the record; the page reads in English too.
        assertThat(worker.perform(post(location).with(csrf()).param("action", "file")).getResponse().getRedirectedUrl())
                .isEqualTo(location + "/household");
        assertThat(worker.perform(get(location + "/household").param("lang", "en")).getResponse().getContentAsString())
                .contains("Household assessment", "New in the register", "Granted: Food");
    }

    @Test
    void aDraftIsItsAuthorsAlone() throws Exception {
        var author = MvcVisitor.signedInOnce(mvc, port, "municipality1");
        var location = author.perform(post("/municipal/assessments").with(csrf()).param("form", "displacement-report")
                .param("key", UUID.randomUUID().toString())).getResponse().getRedirectedUrl();
        var colleague = MvcVisitor.signedInOnce(mvc, port, "mukhtar1");
        assertThat(colleague.perform(get(location)).getResponse().getRedirectedUrl()).isEqualTo(location + "/household");
        assertThat(colleague.perform(get(location + "/household")).getResponse().getStatus()).isEqualTo(404);
        assertThat(colleague.perform(post(location).with(csrf()).param("f.displacedFrom", "الخيام")).getResponse()
                .getRedirectedUrl()).isEqualTo(location + "/household");
        assertThat(author.perform(get(location)).getResponse().getContentAsString()).doesNotContain("الخيام");
        assertThat(colleague.perform(post(location + "/draft").with(csrf()).header("HX-Request", "true")
                .param("f.displacedFrom", "الخيام")).getResponse().getStatus()).isEqualTo(404);
        var affairs = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");
        assertThat(affairs.perform(get("/municipal/assessments")).getResponse().getStatus()).isEqualTo(403);
    }

    private static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }
}
