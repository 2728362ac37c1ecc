package org.nafitha.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.MvcVisitor;
import org.nafitha.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The application form in the browser channel, with the bad input people really send. */
@NafithaTest
@AutoConfigureMockMvc
class ApplyFormTest {

    private static final String FORM = "/services/passport-renewal/apply";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private MvcVisitor pending(String username) throws Exception {
        return MvcVisitor.pending(mvc, username, ApiClient.DEMO_PASSWORD);
    }

    private MvcVisitor signIn(String username) throws Exception {
        return MvcVisitor.signedIn(mvc, port, username);
    }

    private static MockMultipartHttpServletRequestBuilder form(byte[] photo, String photoName) {
        var builder = multipart(FORM).file(new MockMultipartFile("photo", photoName, "image/jpeg", photo));
        builder.with(csrf());
        return builder;
    }

    @Test
    void aMissingAnswerIsReportedAtTheFieldAndEverythingElseIsKept() throws Exception {
        var visitor = signIn("1000000008");
        var result = visitor.perform(form(TestImages.portrait("jpg"), "صورتي.jpg")
                .param("validityYears", "5").param("notes", "أرجو التسليم في مكتب جدة"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("هذا الحقل مطلوب").contains("أرجو التسليم في مكتب جدة")
                .contains("تم استلام الملف: صورتي.jpg").contains("name=\"photoDocumentId\"")
                .containsPattern("value=\"5\"\\s+checked");
    }

    @Test
    void uploadsThatAreEmptyNotImagesOrTooLargeAreRefusedWithAClearMessage() throws Exception {
        var visitor = signIn("1000000008");
        assertThat(body(visitor, form(new byte[0], "فارغ.jpg").param("mobile", "0501234567")))
                .contains("الملف المرفوع فارغ").contains("value=\"0501234567\"");
        assertThat(body(visitor, form(TestImages.pdf(), "photo.jpg"))).contains("نوع الملف غير مقبول");
        assertThat(body(visitor, form(TestImages.oversizedPng(6 * 1024 * 1024), "big.png")))
                .contains("حجم الملف أكبر من المسموح");
    }

    private static String body(MvcVisitor visitor, MockMultipartHttpServletRequestBuilder request) throws Exception {
        var result = visitor.perform(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void aDoubleClickOnSubmitOpensOneCase() throws Exception {
        var visitor = signIn("1000000016");
        var draft = visitor.perform(form(TestImages.portrait("png"), "p.png")
                        .param("validityYears", "10").param("mobile", "٠٥٥١١١٢٢٣٣").param("notes", "<script>alert(1)</script>"))
                .getResponse().getRedirectedUrl();
        assertThat(draft).startsWith("/applications/drafts/");
        var review = visitor.perform(get(draft)).getResponse().getContentAsString();
        assertThat(review).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        Callable<String> click = () -> visitor.perform(post(draft + "/submit").with(csrf())).getResponse().getRedirectedUrl();
        try (var pool = Executors.newFixedThreadPool(3)) {
            var targets = pool.invokeAll(List.of(click, click, click)).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(targets).hasSize(1);
            assertThat(targets.getFirst()).matches("/applications/PSP-\\d{4}-\\d{6}-\\d/confirmation");
        }
        var key = "draft-" + draft.substring(draft.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRightPasswordWithoutTheSmsCodeOpensNothingButTheCodePage() throws Exception {
        var visitor = pending("1000000016");
        assertThat(visitor.perform(get("/applications")).getResponse().getRedirectedUrl()).endsWith("/signin/code");
        var wrong = visitor.perform(post("/signin/code").with(csrf()).param("code", "12345x"));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("الرمز غير صحيح. المحاولات المتبقية: 4");
    }

    @Test
    void repeatedWrongPasswordsInTheBrowserAreThrottledLikeTheApi() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(formLogin("/signin").user("1000000040").password("wrong-" + i)).andReturn()
                    .getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
        }
        assertThat(mvc.perform(formLogin("/signin").user("1000000040").password("wrong-6")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/signin?throttled");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var visitor = signIn("1000000008");
        var noToken = multipart(FORM).file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", TestImages.portrait("jpg")))
                .param("validityYears", "5");
        assertThat(visitor.perform(noToken).getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/signin").param("username", "1000000008").param("password", ApiClient.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownServicesAndOtherPeoplesApplicationsAreNotFound() throws Exception {
        var visitor = signIn("1000000008");
        mvc.perform(get("/services/moon-visa")).andExpect(status().isNotFound());
        assertThat(visitor.perform(get("/services/moon-visa/apply")).getResponse().getStatus()).isEqualTo(404);
        assertThat(signIn("2000000006").perform(get("/applications/PSP-2026-000001-1")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(visitor.perform(get("/staff/queue")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSiteIsArabicRightToLeftFirstAndSwitchesToEnglish() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("dir=\"rtl\"")));
        var english = mvc.perform(get("/").param("lang", "en")).andReturn();
        assertThat(english.getResponse().getContentAsString()).contains("lang=\"en\"").contains("dir=\"ltr\"")
                .contains("Passport renewal");
        assertThat(english.getResponse().getCookie("nafitha-lang")).isNotNull();
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(Matchers.containsString("Online services")));
        mvc.perform(get("/").header("Accept-Language", "de"))
                .andExpect(content().string(Matchers.containsString("الخدمات الإلكترونية")));
        // a language the country offers, from the browser: a Filipino phone says Tagalog (tl)
        mvc.perform(get("/").header("Accept-Language", "tl-PH,tl;q=0.9,en;q=0.5"))
                .andExpect(content().string(Matchers.containsString("lang=\"fil\"")));
        mvc.perform(get("/").header("Accept-Language", "ur-PK,ur;q=0.9"))
                .andExpect(content().string(Matchers.containsString("dir=\"rtl\"")))
                .andExpect(content().string(Matchers.containsString("lang=\"ur\"")));
    }

    @Test
    void searchForgivesArabicSpellingVariants() throws Exception {
        for (var query : List.of("جواز", "الجواز", "تجديد جواز", "جوَاز", "passport")) {
            mvc.perform(get("/").param("q", query))
                    .andExpect(content().string(Matchers.containsString("/services/passport-renewal")));
        }
        mvc.perform(get("/").param("q", "رخصة صيد"))
                .andExpect(content().string(Matchers.not(
                        Matchers.containsString("/services/passport-renewal\""))));
    }
}
