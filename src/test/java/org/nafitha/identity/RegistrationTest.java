package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Registration with the bad input people send, and without telling strangers who has an account. */
@NafithaTest
@AutoConfigureMockMvc
class RegistrationTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private MvcResult details(MvcVisitor visitor, String id, String born, String mobile) throws Exception {
        return visitor.perform(post("/register").with(csrf()).param("nationalId", id).param("dateOfBirth", born)
                .param("mobile", mobile));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void badIdDateOrMobileIsReportedAtTheFieldWithTheRestKept() throws Exception {
        var result = details(new MvcVisitor(mvc), "1000000066", "1995-02-30", "12345");
        assertThat(page(result)).contains("رقم الهوية غير صحيح؛ تحقق من الأرقام").contains("أدخل تاريخ ميلاد صحيحًا")
                .contains("أدخل رقم جوال صحيحًا").contains("value=\"1000000066\"").contains("value=\"12345\"");
    }

    @Test
    void anUnknownIdAndAWrongDateOfBirthGetTheSameAnswer() throws Exception {
        var unknown = page(details(new MvcVisitor(mvc), "1000000164", "1995-02-08", "0544445555"));
        var wrongDate = page(details(new MvcVisitor(mvc), "1000000065", "1995-02-09", "0544445555"));
        assertThat(unknown).contains("البيانات لا تطابق السجل المدني");
        assertThat(wrongDate).contains("البيانات لا تطابق السجل المدني");
    }

    @Test
    void anIdThatAlreadyHasAnAccountLooksLikeAnyOtherToTheStrangerAndWarnsTheOwner() throws Exception {
        var api = new ApiClient(port);
        var stranger = new MvcVisitor(mvc);
        var result = details(stranger, "1000000016", "1992-11-02", "0512345678");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/register/code");
        assertThat(api.get("/api/v1/dev/outbox?to=%2B966512345678", null).body().size()).isZero();
        var warning = api.get("/api/v1/dev/outbox?to=%2B966551112233", null).body().path(0);
        assertThat(warning.path("purpose").asString()).isEqualTo("register-existing");
        var guess = stranger.perform(post("/register/code").with(csrf()).param("code", "123456"));
        assertThat(page(guess)).contains("الرمز غير صحيح. المحاولات المتبقية: 4");
    }

    @Test
    void weakCommonOrMismatchedPasswordsAreRefusedAndAGoodOneCreatesTheAccount() throws Exception {
        var api = new ApiClient(port);
        var visitor = new MvcVisitor(mvc);
        assertThat(details(visitor, "١٠٠٠٠٠٠٠٦٥", "1995-02-08", "٠٥٤٤٤٤٥٥٥٥").getResponse().getRedirectedUrl())
                .isEqualTo("/register/code");
        var code = api.latestCode("+966544445555");
        assertThat(visitor.perform(post("/register/code").with(csrf()).param("code", code)).getResponse()
                .getRedirectedUrl()).isEqualTo("/register/password");

        assertThat(page(choose(visitor, "short", "short"))).contains("كلمة المرور قصيرة");
        assertThat(page(choose(visitor, "password1234", "password1234"))).contains("شائعة");
        assertThat(page(choose(visitor, "x1000000065y", "x1000000065y"))).contains("رقم هويتك");
        assertThat(page(choose(visitor, "سماء صافية فوق أبها", "سماء صافية فوق ابها"))).contains("غير متطابقتين");
        assertThat(choose(visitor, "سماء صافية فوق أبها", "سماء صافية فوق أبها").getResponse().getRedirectedUrl())
                .isEqualTo("/signin?registered");

        var login = api.post("/api/v1/auth/login", null, "{\"username\":\"1000000065\",\"password\":\"سماء صافية فوق أبها\"}");
        assertThat(login.status()).isEqualTo(202);
    }

    private MvcResult choose(MvcVisitor visitor, String password, String confirmation) throws Exception {
        return visitor.perform(post("/register/password").with(csrf()).param("password", password)
                .param("confirmation", confirmation));
    }
}
