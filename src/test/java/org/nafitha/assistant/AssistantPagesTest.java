package org.nafitha.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assistant's pages without script: the question box on the home page, the answer page in
 * both languages, the service page's "not what you need?", bad input beside the field, the kiosk's
 * page inside its walls, and the editors' list of questions that found nothing.
 */
@NafithaTest
@AutoConfigureMockMvc
class AssistantPagesTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private String page(MvcVisitor visitor, String url) throws Exception {
        var request = get(url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
        if (url.contains("?")) {
            for (var pair : url.substring(url.indexOf('?') + 1).split("&")) {
                var kv = pair.split("=", 2);
                request.param(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        var response = visitor.perform(request).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageAsksAndTheAnswerPageAnswersFromTheCatalogueInBothLanguages() throws Exception {
        var visitor = new MvcVisitor(mvc);
        assertThat(page(visitor, "/")).contains("action=\"/assistant\"", "id=\"assistant-q\"", "name=\"q\"");
        assertThat(page(visitor, "/services/passport-renewal")).contains("href=\"/assistant\"", "اسأل المساعد");

        var arabic = page(visitor, "/assistant?q=" + enc("عايز أجدد الباسبور بتاعي"));
        assertThat(arabic).contains("<h3>تجديد جواز السفر</h3>", "من يحق له", "المستندات المطلوبة", "الخطوات",
                "href=\"/services/passport-renewal\"", "من دليل الخدمات", "value=\"عايز أجدد الباسبور بتاعي\"")
                .doesNotContain("??");

        var english = page(visitor, "/assistant?lang=en&q=" + enc("my iqama expires next week"));
        assertThat(english).contains("<h3>Residence permit renewal</h3>", "Who can apply", "Start now",
                "href=\"/services/residence-renewal\"").doesNotContain("??");

        var nothing = page(visitor, "/assistant?q=" + enc("كم سعر الذهب اليوم"));
        assertThat(nothing).contains("لم نجد في دليل الخدمات", "href=\"/communication\"", "٩٩٢");
    }

    @Test
    void badInputStaysOnThePagePolitely() throws Exception {
        var visitor = new MvcVisitor(mvc);
        var empty = page(visitor, "/assistant?q=" + enc("  "));
        assertThat(empty).contains("id=\"assistant-q-error\"", "اكتب سؤالك.", "aria-invalid=\"true\"");

        var tooLong = page(visitor, "/assistant?q=" + enc("جواز ".repeat(2_000)));
        assertThat(tooLong).contains("id=\"assistant-q-error\"", "السؤال أطول من");

        var markup = page(visitor, "/assistant?q=" + enc("<img src=x onerror=alert(1)> تجديد الجواز"));
        assertThat(markup).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");

        var lucene = page(visitor, "/assistant?q=" + enc("title:* OR"));
        assertThat(lucene).contains("لم نجد في دليل الخدمات");
        var emoji = page(visitor, "/assistant?q=" + enc("😀😀"));
        assertThat(emoji).contains("لم نفهم سؤالك", "٩٩٢");
    }

    @Test
    void theKioskAnswersInsideItsWallsAndTheEditorsSeeWhatFoundNothing() throws Exception {
        var api = new ApiClient(port);
        var kiosk = new MvcVisitor(mvc);
        kiosk.perform(get("/kiosk"));
        kiosk.perform(post("/kiosk/card").with(csrf()).param("nationalId", "2000000006"));
        var signedIn = kiosk.perform(post("/kiosk/code").with(csrf()).param("code", api.latestCode("2000000006")));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/kiosk/home");
        assertThat(page(kiosk, "/kiosk/home")).contains("action=\"/kiosk/assistant\"");
        var answer = page(kiosk, "/kiosk/assistant?q=" + enc("ابغى اجدد الاقامة"));
        assertThat(answer).contains("<h3>تجديد الإقامة</h3>", "kiosk-idle").doesNotContain("href=\"/communication\"",
                "href=\"/services/");
        kiosk.perform(post("/kiosk/signout").with(csrf()));

        var marker = "قرنفل" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        page(new MvcVisitor(mvc), "/assistant?q=" + enc("وين أشتري " + marker + " رقم 0551234567"));
        var citizen = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        assertThat(citizen.perform(get("/admin/assistant/unanswered")).getResponse().getStatus()).isEqualTo(403);
        var admin = MvcVisitor.signedInOnce(mvc, port, "admin");
        var list = page(admin, "/admin/assistant/unanswered");
        assertThat(list).contains("أسئلة لم يجد لها المساعد جوابًا", marker).doesNotContain("0551234567");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
