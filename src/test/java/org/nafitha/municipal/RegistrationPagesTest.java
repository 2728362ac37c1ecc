package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.country.ArabicDigits;
import org.nafitha.municipal.internal.Registering;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public registration pages of a municipality's official or a mukhtar: each bad field named at
 * the field in the reader's language with the rest of the form kept, Arabic-Indic digits accepted,
 * the SMS code, the wait for verification, the brake on SMS pumping, and no sign-in before verified.
 */
@NafithaTest
@AutoConfigureMockMvc
class RegistrationPagesTest {

    private static final String HAZMIEH = "ML-BAABDA-HAZMIEH";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Registering registering;

    @Test
    void aMukhtarRegistersWithArabicDigitsProvesTheCodeAndWaitsUnableToSignIn() throws Exception {
        var mobile = Registrants.mobile();
        var username = "mukhtar-" + Registrants.suffix();
        var fields = valid(username, mobile);
        fields.put("nationalId", ArabicDigits.toArabicIndic(fields.get("nationalId")));
        fields.put("mobile", ArabicDigits.toArabicIndic(mobile));
        var registered = register(fields, decree(), "ar");
        assertThat(registered.getStatus()).isEqualTo(302);
        var codePage = registered.getRedirectedUrl();
        assertThat(codePage).matches("/municipal/register/[0-9a-f-]{36}/mobile");
        assertThat(page(codePage, "ar").getContentAsString()).contains("أدخل رمز التحقق");

        var code = new ApiClient(port).latestCode(mobile);
        var wrong = mvc.perform(post(codePage).with(csrf()).param("code", code.equals("000000") ? "111111" : "000000")
                .param("lang", "en")).andReturn().getResponse();
        assertThat(wrong.getContentAsString()).contains("The code is not right", "aria-invalid=\"true\"");
        var proven = mvc.perform(post(codePage).with(csrf()).param("code", ArabicDigits.toArabicIndic(code))).andReturn()
                .getResponse();
        assertThat(proven.getRedirectedUrl()).isEqualTo(codePage.replace("/mobile", "/waiting"));
        assertThat(page(proven.getRedirectedUrl(), "ar").getContentAsString()).contains("بانتظار التوثيق");
        assertThat(page(codePage, "ar").getRedirectedUrl()).as("the code page, once proven").endsWith("/waiting");

        assertThat(signIn(username)).as("waiting for verification").isEqualTo("/signin?error");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "municipality | ML-NOWHERE | Choose a municipality from the list.",
            "role         | MAYOR      | Choose whether you register as",
            "position     | ''         | Enter the official's position",
            "officialName | ''         | Enter the official's full name.",
            "nationalId   | 12345      | This national ID is not valid",
            "mobile       | 12         | Enter a valid mobile number.",
            "username     | Ab         | A username is 4 to 40 small Latin letters",
            "username     | municipality1 | This username is taken",
            "password     | 123        | Choose a stronger password"})
    void eachBadFieldIsNamedAtItsFieldAndTheRestIsKept(String field, String value, String message) throws Exception {
        var username = "kept-" + Registrants.suffix();
        var fields = valid(username, Registrants.mobile());
        fields.put(field, value);
        var answer = register(fields, decree(), "en");
        assertThat(answer.getStatus()).isEqualTo(200);
        var html = answer.getContentAsString();
        assertThat(html).contains("id=\"" + field + "-error\"");
        // radios are tied to their error by the fieldset; every other field says it is invalid
        if (!field.equals("role")) assertThat(html).contains("aria-invalid=\"true\"");
        assertThat(unescape(html)).contains(message);
        for (var kept : new String[]{"position", "officialName", "nationalId", "mobile", "username"}) {
            if (!kept.equals(field)) assertThat(html).as("%s kept", kept).contains("value=\"" + fields.get(kept) + "\"");
        }
        assertThat(html).as("a password is never sent back").doesNotContain(Registrants.PASSWORD);
        assertThat(html).as("the file must be chosen again").contains("The file was not kept: choose it again.");
    }

    @Test
    void theDecreeIsRequiredAndMustBeAPdfJpegOrPngOfAtMostFiveMegabytes() throws Exception {
        var none = register(valid("decree-" + Registrants.suffix(), Registrants.mobile()), null, "en").getContentAsString();
        assertThat(none).contains("id=\"decree-error\"", "Attach the decree or appointment document.");
        var text = register(valid("decree-" + Registrants.suffix(), Registrants.mobile()),
                new MockMultipartFile("decree", "decree.pdf", "application/pdf", "مرسوم".getBytes()), "en").getContentAsString();
        assertThat(text).contains("id=\"decree-error\"", "send a PDF, JPEG or PNG of at most 5 MB");
        var large = register(valid("decree-" + Registrants.suffix(), Registrants.mobile()),
                new MockMultipartFile("decree", "decree.png", "image/png", TestImages.oversizedPng(5 * 1024 * 1024 + 1)), "en")
                .getContentAsString();
        assertThat(large).contains("id=\"decree-error\"", "at most 5 MB");
        var png = register(valid("decree-" + Registrants.suffix(), Registrants.mobile()),
                new MockMultipartFile("decree", "decree.png", "image/png", TestImages.portrait("png")), "en");
        assertThat(png.getStatus()).as("a PNG is a decree").isEqualTo(302);
    }

    @Test
    void everyProblemIsInArabicForAnArabicReader() throws Exception {
        var html = register(Map.of(), null, "ar").getContentAsString();
        assertThat(html).contains("اختر بلدية من القائمة.", "أدخل الاسم الكامل للمسؤول.", "أدخل رقم جوال صحيحًا.",
                "أرفق قرار التعيين أو مرسومه.", "id=\"municipality-error\"");
    }

    @Test
    void aFormSentTwiceLeadsToTheCodeAlreadySentAndAnotherPersonIsToldTheUsernameIsTaken() throws Exception {
        var fields = valid("twice-" + Registrants.suffix(), Registrants.mobile());
        var first = register(fields, decree(), "en").getRedirectedUrl();
        assertThat(first).matches("/municipal/register/[0-9a-f-]{36}/mobile");
        assertThat(register(fields, decree(), "en").getRedirectedUrl()).as("sent again").isEqualTo(first);

        var another = new LinkedHashMap<>(fields);
        another.put("nationalId", Registrants.nationalId());
        var taken = register(another, decree(), "en");
        assertThat(taken.getStatus()).isEqualTo(200);
        assertThat(taken.getContentAsString()).contains("id=\"username-error\"", "This username is taken");
    }

    @Test
    void twoFormsRegisteringOneUsernameAtOnceMakeOneRegistrationAndNoError() {
        var username = "race-" + Registrants.suffix();
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<CompletableFuture<Registering.Outcome>>();
        for (int i = 0; i < 2; i++) {
            var registration = new NewRegistration(HAZMIEH, "MUKHTAR", "مختار الحازمية", "إيلي " + Registrants.family(),
                    Registrants.nationalId(), Registrants.mobile(), username, Registrants.PASSWORD, "decree.pdf",
                    Registrants.decree());
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return registering.register(registration);
            }));
        }
        start.countDown();
        var answers = outcomes.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).toList();
        assertThat(answers).filteredOn(Registering.Registered.class::isInstance).hasSize(1);
        assertThat(answers).filteredOn(Registering.Refused.class::isInstance).singleElement()
                .extracting(a -> ((Registering.Refused) a).problems())
                .isEqualTo(List.of(new FieldProblem("username", MunicipalError.USERNAME_TAKEN)));
    }

    @Test
    void oneNumberIsSentOnlySoManyCodesAnHourAndThePageSaysSo() throws Exception {
        var mobile = Registrants.mobile();
        for (int i = 0; i < 3; i++) {
            var fields = valid("Bad Name", mobile);
            assertThat(register(fields, null, "en").getStatus()).as("attempt %d", i + 1).isEqualTo(200);
        }
        var fourth = register(valid("pump-" + Registrants.suffix(), mobile), decree(), "en");
        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(fourth.getContentAsString()).contains("Too many registrations", "Try again later.");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        var answer = mvc.perform(multipart("/municipal/register").file(decree()).param("username", "csrf-" + Registrants.suffix()))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(403);
    }

    @Test
    void aRefusedRegistrationShowsItsReasonAndCannotSignIn() throws Exception {
        var api = new ApiClient(port);
        var submitted = Registrants.submitted(api, HAZMIEH, "MUNICIPAL_STAFF");
        api.post("/api/v1/municipal/registrations/" + submitted.id() + "/refusal", api.login("municipal-affairs1"),
                "{\"reason\":\"القرار المرفق لا يحمل توقيع المحافظ\"}");
        var waiting = page("/municipal/register/" + submitted.id() + "/waiting", "ar").getContentAsString();
        assertThat(waiting).contains("مرفوض", "القرار المرفق لا يحمل توقيع المحافظ");
        assertThat(signIn(submitted.username())).isEqualTo("/signin?error");
        assertThat(page("/municipal/register/" + UUID.randomUUID() + "/waiting", "ar").getStatus()).isEqualTo(404);
        assertThat(page("/municipal/register/not-an-id/mobile", "ar").getStatus()).isEqualTo(404);
    }

    @Test
    void theSignInPageOffersMunicipalitiesAndMukhtarsTheirRegistration() throws Exception {
        assertThat(page("/signin", "ar").getContentAsString()).contains("href=\"/municipal/register\"", "البلديات والمخاتير: التسجيل");
        var form = page("/municipal/register", "ar").getContentAsString();
        assertThat(form).contains("<optgroup label=\"محافظة جبل لبنان — قضاء بعبدا\">", "value=\"" + HAZMIEH + "\"",
                "enctype=\"multipart/form-data\"", "name=\"_csrf\"");
    }

    private String signIn(String username) throws Exception {
        return mvc.perform(formLogin("/signin").user(username).password(Registrants.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private MockHttpServletResponse page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andReturn().getResponse();
    }

    private MockHttpServletResponse register(Map<String, String> fields, MockMultipartFile decree, String lang) throws Exception {
        var request = multipart("/municipal/register");
        if (decree != null) request.file(decree);
        fields.forEach(request::param);
        return mvc.perform(request.param("lang", lang).with(csrf())).andReturn().getResponse();
    }

    private static Map<String, String> valid(String username, String mobile) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("municipality", HAZMIEH);
        fields.put("role", "MUKHTAR");
        fields.put("position", "مختار الحازمية");
        fields.put("officialName", "إيلي جورج " + Registrants.family());
        fields.put("nationalId", Registrants.nationalId());
        fields.put("mobile", mobile);
        fields.put("username", username);
        fields.put("password", Registrants.PASSWORD);
        return fields;
    }

    private static MockMultipartFile decree() {
        return new MockMultipartFile("decree", "قرار-تعيين.pdf", "application/pdf", Registrants.decree());
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
