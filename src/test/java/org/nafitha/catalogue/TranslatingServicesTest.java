package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A translator sees how complete each service is in each language and fills a text: it is saved as
 * the text's next version and read at once; bad wording is refused with what was typed kept.
 */
@NafithaTest
@AutoConfigureMockMvc
class TranslatingServicesTest {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired ServiceTranslations translations;
    @LocalServerPort int port;

    @Test
    void aTranslatorImprovesATextAndEveryReaderOfThatLanguageSeesIt() throws Exception {
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        var overview = admin.perform(get("/admin/translations").param("lang", "en")).getResponse().getContentAsString();
        assertThat(overview).contains("Urdu", "French", "/admin/translations/passport-renewal/fr", "100%");

        var page = admin.perform(get("/admin/translations/passport-renewal/fr").param("lang", "en")).getResponse().getContentAsString();
        assertThat(page).contains("passport-renewal.name", "Renouvellement du passeport", "تجديد جواز السفر");

        var key = "passport-renewal.summary";
        var before = translations.currentVersion(key, "fr");
        var saved = admin.perform(post("/admin/translations/passport-renewal/fr").with(csrf())
                .param("key", "passport-renewal.name", key).param("text", "Renouvellement du passeport",
                        "Renouvelez votre passeport en ligne, sans vous déplacer."));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/translations/passport-renewal/fr?saved=1");
        assertThat(translations.currentVersion(key, "fr")).isEqualTo(before + 1);
        assertThat(translations.currentVersion("passport-renewal.name", "fr")).as("an unchanged text is not a new version").isZero();
        assertThat(catalogue.find("passport-renewal").orElseThrow().summary().in("fr"))
                .isEqualTo("Renouvelez votre passeport en ligne, sans vous déplacer.");
        assertThat(translations.history("passport-renewal", "fr")).first().extracting(ServiceTranslations.Version::createdBy)
                .isEqualTo("admin");

        var markup = admin.perform(post("/admin/translations/passport-renewal/fr").param("lang", "en").with(csrf())
                .param("key", key).param("text", "<b>Renouvelez</b> votre passeport"));
        assertThat(markup.getResponse().getStatus()).isEqualTo(200);
        assertThat(markup.getResponse().getContentAsString()).contains("Write plain text", "&lt;b&gt;Renouvelez&lt;/b&gt; votre passeport");
        assertThat(translations.currentVersion(key, "fr")).isEqualTo(before + 1);

        // Arabic and English are the service's own wording, edited in its definition
        assertThat(admin.perform(get("/admin/translations/passport-renewal/ar")).getResponse().getStatus()).isEqualTo(404);
        assertThat(admin.perform(get("/admin/translations/no-such-service/fr")).getResponse().getStatus()).isEqualTo(404);
        var citizen = MvcVisitor.signedIn(mvc, port, "1000000008");
        assertThat(citizen.perform(get("/admin/translations")).getResponse().getStatus()).isEqualTo(403);
    }
}
