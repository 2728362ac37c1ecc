package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header's data (who is signed in, the unread count, the address for the language switch) is
 * added when a page is rendered, on error pages too, and never to a redirect or an API answer.
 */
@NafithaTest
@AutoConfigureMockMvc
class PageModelTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void aPageHasTheSignedInPersonsHeaderAndARedirectCarriesNothingOfIt() throws Exception {
        var ahmed = MvcVisitor.signedIn(mvc, port, "1000000008");
        var page = ahmed.perform(get("/applications"));
        assertThat(page.getModelAndView()).isNotNull();
        assertThat(page.getModelAndView().getModel()).containsKeys("me", "unreadCount", "currentPath")
                .containsEntry("currentPath", "/applications");
        assertThat(page.getResponse().getContentAsString()).contains("href=\"/inbox\"", "href=\"/mandates\"");

        var redirect = ahmed.perform(post("/notifications/preferences").with(csrf()).param("language", "ar")
                .param("bySms", "true"));
        assertThat(redirect.getResponse().getRedirectedUrl()).isEqualTo("/notifications/preferences?saved");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakFallsBackToArabicNeverToMessageKeys() throws Exception {
        for (var lang : new String[] {"de", "xx", "zz-ZZ", "ar-SA", "en-GB"}) {
            var page = mvc.perform(get("/").param("lang", lang)).andReturn().getResponse();
            var html = page.getContentAsString();
            assertThat(html).as(lang).doesNotContain("??");
            assertThat(htmlLang(html)).as(lang).isEqualTo(lang.startsWith("en") ? "en" : "ar");
            var cookie = page.getCookie("nafitha-lang");
            if (cookie != null && !cookie.getValue().isEmpty()) assertThat(cookie.getValue()).as(lang).isIn("ar", "en");
        }
        // the residents' languages the country offers are spoken, each in its direction
        for (var lang : new String[] {"ur", "hi", "bn", "fil", "ml", "fr"}) {
            var html = mvc.perform(get("/").param("lang", lang)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(lang).doesNotContain("??");
            assertThat(htmlLang(html)).as(lang).isEqualTo(lang);
            assertThat(html).as(lang).contains("dir=\"" + ("ur".equals(lang) ? "rtl" : "ltr") + "\"");
        }
        var forged = mvc.perform(get("/").cookie(new Cookie("nafitha-lang", "de")))
                .andReturn().getResponse().getContentAsString();
        assertThat(forged).doesNotContain("??");
        assertThat(htmlLang(forged)).isEqualTo("ar");
        var englishBrowserOldCookie = mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9")
                        .cookie(new Cookie("nafitha-lang", "de")))
                .andReturn().getResponse().getContentAsString();
        assertThat(englishBrowserOldCookie).doesNotContain("??");
        assertThat(htmlLang(englishBrowserOldCookie)).isEqualTo("en");
    }

    private static String htmlLang(String page) {
        var match = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"").matcher(page);
        assertThat(match.find()).as("the page names its language").isTrue();
        return match.group(1);
    }

    @Test
    void anErrorPageHasItsLanguageSwitchAndAnApiAnswerHasNoModel() throws Exception {
        // the error page is rendered by the server's error dispatch, which MockMvc does not make
        var missing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services/no-such-service"))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("href=\"/services/no-such-service?lang=en\"");

        var ahmed = MvcVisitor.signedIn(mvc, port, "1000000008");

        var api = ahmed.perform(get("/api/v1/services"));
        assertThat(api.getResponse().getContentType()).startsWith("application/json");
        assertThat(api.getModelAndView()).isNull();
        var home = mvc.perform(get("/")).andReturn();
        assertThat(home.getModelAndView().getModel()).containsEntry("me", null).containsEntry("currentPath", "/");
    }
}
