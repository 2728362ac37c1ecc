package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Asking to meet an official, the office's triage, what the person then sees, and the brief. */
@NafithaTest
@AutoConfigureMockMvc
class OfficialsSessionsTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Officials officials;
    @Autowired Calendars calendars;
    @LocalServerPort int port;

    /** A private slot of the minister at an odd minute far ahead, so it meets no demo slot. */
    private Session slot(int daysAhead) {
        var start = Instant.now().plus(Duration.ofDays(daysAhead)).truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofMinutes(7 + (int) (Math.random() * 40)));
        officials.publish("minister", Session.Kind.PRIVATE, start, 30, "مكتب وزير الداخلية", "Office of the Minister of Interior");
        return officials.freeSlots("minister", Instant.now()).stream().filter(s -> s.startsAt().equals(start))
                .findFirst().orElseThrow();
    }

    private String caseOf(String person) {
        var api = new ApiClient(port);
        var token = api.login(person);
        return api.post("/api/v1/applications", token, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
    }

    private static String ask(MvcVisitor who, String subject, String caseReference, String key) throws Exception {
        var result = who.perform(post("/appointments/officials").with(csrf()).param("official", "minister")
                .param("subject", subject).param("caseReference", caseReference).param("mode", "IN_PERSON")
                .param("submitKey", key));
        var location = result.getResponse().getRedirectedUrl();
        return location == null ? result.getResponse().getContentAsString() : location;
    }

    private static String idIn(String location) {
        return location.replace("/appointments/officials/requests/", "").replace("?sent", "");
    }

    @Test
    void requestAcceptedIntoASlotTheCitizenSeesAndTheBriefShowsTheCase() throws Exception {
        var reference = caseOf("1000000016");
        var noura = MvcVisitor.signedIn(mvc, port, "1000000016");
        assertThat(noura.perform(get("/appointments/officials")).getResponse().getContentAsString())
                .contains("معالي وزير الداخلية").contains("name=\"_csrf\"");
        var key = UUID.randomUUID().toString();
        var location = ask(noura, "تأخر تجديد جواز السفر رغم اكتمال المستندات", reference, key);
        assertThat(location).startsWith("/appointments/officials/requests/");
        assertThat(ask(noura, "تأخر تجديد جواز السفر رغم اكتمال المستندات", reference, key))
                .as("a double submit finds the same request").isEqualTo(location);
        var id = idIn(location);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM official_requests WHERE submit_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);

        var office = MvcVisitor.signedIn(mvc, port, "minister-office1");
        assertThat(office.perform(get("/staff/officials")).getResponse().getContentAsString()).contains(id);
        var triage = office.perform(get("/staff/officials/requests/" + id)).getResponse().getContentAsString();
        assertThat(triage).contains("تأخر تجديد جواز السفر");
        var slot = slot(45);
        var accepted = office.perform(post("/staff/officials/requests/" + id + "/accept").with(csrf())
                .param("slot", calendars.digits(String.valueOf(slot.id()), ARABIC)));
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/staff/officials/requests/" + id + "?done");

        var seen = noura.perform(get(location)).getResponse().getContentAsString();
        assertThat(seen).contains("حُدد موعد اللقاء").contains(calendars.dateTime(slot.startsAt(), ARABIC))
                .contains("هـ").contains("حضوريًا");

        var brief = office.perform(get("/staff/officials/requests/" + id + "/brief")).getResponse().getContentAsString();
        assertThat(brief).contains("نورة بنت سعد القحطاني").contains(reference).contains("linked-case")
                .contains("تأخر تجديد جواز السفر");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action IN ('official.request.read', 'official.request.accept', 'official.request.brief') AND subject = '1000000016'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);

        // a second request cannot take the same slot; declining needs a reason the person then sees
        var ahmed = MvcVisitor.signedIn(mvc, port, "1000000008");
        var other = idIn(ask(ahmed, "اقتراح لتحسين خدمات الجوازات في الأحساء", "", UUID.randomUUID().toString()));
        var taken = office.perform(post("/staff/officials/requests/" + other + "/accept").with(csrf())
                .param("slot", String.valueOf(slot.id()))).getResponse();
        assertThat(taken.getStatus()).isEqualTo(200);
        assertThat(taken.getContentAsString()).contains("حُجز هذا الموعد للتو");
        assertThat(status(other)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM official_requests WHERE session_id = :s").param("s", slot.id())
                .query(Long.class).single()).isEqualTo(1);

        var noReason = office.perform(post("/staff/officials/requests/" + other + "/decline").with(csrf())
                .param("reason", "   ")).getResponse();
        assertThat(noReason.getContentAsString()).contains("اكتب السبب");
        assertThat(status(other)).isEqualTo("OPEN");
        var declined = office.perform(post("/staff/officials/requests/" + other + "/decline").with(csrf())
                .param("reason", "يُرفع الاقتراح إلى المديرية العامة للجوازات عبر بوابة المقترحات"));
        assertThat(declined.getResponse().getRedirectedUrl()).endsWith("?done");
        assertThat(ahmed.perform(get("/appointments/officials/requests/" + other)).getResponse().getContentAsString())
                .contains("اعتُذر عن الطلب").contains("بوابة المقترحات");
        assertThat(ahmed.perform(get(location)).getResponse().getStatus()).as("someone else's request").isEqualTo(404);
    }

    @Test
    void aCitizenCannotLinkSomeoneElsesCase() throws Exception {
        var nourasCase = caseOf("1000000016");
        var ahmed = MvcVisitor.signedIn(mvc, port, "1000000008");
        var before = jdbc.sql("SELECT COUNT(*) FROM official_requests").query(Long.class).single();
        var page = ask(ahmed, "موضوع يخص معاملة أخرى", nourasCase, UUID.randomUUID().toString());
        assertThat(page).contains("يمكنك ربط إحدى معاملاتك أنت فقط").contains("موضوع يخص معاملة أخرى");
        var empty = ask(ahmed, "", "", UUID.randomUUID().toString());
        assertThat(empty).contains("اكتب موضوع اللقاء");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM official_requests").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficialsOfficeTriages() throws Exception {
        var khan = MvcVisitor.signedIn(mvc, port, "2000000006");
        var id = idIn(ask(khan, "استفسار عن نقل الكفالة", "", UUID.randomUUID().toString()));
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        assertThat(officer.perform(get("/staff/officials")).getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(get("/staff/officials/requests/" + id)).getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(post("/staff/officials/requests/" + id + "/decline").with(csrf())
                .param("reason", "لا")).getResponse().getStatus()).isEqualTo(403);
        assertThat(khan.perform(get("/staff/officials/requests/" + id)).getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("OPEN");

        var office = MvcVisitor.signedIn(mvc, port, "minister-office1");
        var referred = office.perform(post("/staff/officials/requests/" + id + "/refer").with(csrf())
                .param("department", "residency").param("note", "تتولى شؤون الإقامة طلبات نقل الكفالة"));
        assertThat(referred.getResponse().getRedirectedUrl()).endsWith("?done");
        assertThat(khan.perform(get("/appointments/officials/requests/" + id)).getResponse().getContentAsString())
                .contains("شؤون الإقامة").contains("أُحيل إلى إدارة مختصة");
    }

    @Test
    void publicSessionsNeedNoSignIn() throws Exception {
        var start = Instant.now().plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.HOURS);
        officials.publish("passports-director", Session.Kind.PUBLIC, start, 120, "مجلس الجوازات — حي الوزارات",
                "Passports majlis — Al Wizarat");
        var page = mvc.perform(get("/officials/sessions")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("مجلس الجوازات — حي الوزارات").contains("مدير عام الجوازات")
                .contains(calendars.dateTime(start, ARABIC));
    }

    @Test
    void theOfficePublishesASessionDayWithArabicDigits() throws Exception {
        var office = MvcVisitor.signedIn(mvc, port, "minister-office1");
        var day = calendars.today(Clock.systemUTC()).plusDays(60);
        var past = office.perform(post("/staff/officials/sessions").with(csrf()).param("official", "minister")
                .param("kind", "PUBLIC").param("date", "2020-01-05").param("time", "19:30").param("minutes", "120")
                .param("placeAr", "قصر الحكم — مجلس الاستقبال").param("placeEn", "")).getResponse();
        assertThat(past.getContentAsString()).contains("هذا الوقت قد مضى").contains("قصر الحكم — مجلس الاستقبال")
                .contains("اكتب المكان");
        var notTheirs = office.perform(post("/staff/officials/sessions").with(csrf()).param("official", "passports-director")
                .param("kind", "PUBLIC").param("date", day.toString()).param("time", "10:00").param("minutes", "60")
                .param("placeAr", "مكان").param("placeEn", "Place")).getResponse();
        assertThat(notTheirs.getContentAsString()).contains("اختر المسؤول");
        var published = office.perform(post("/staff/officials/sessions").with(csrf()).param("official", "minister")
                .param("kind", "PUBLIC").param("date", calendars.digits(day.toString(), ARABIC)).param("time", "١٩:٣٠")
                .param("minutes", "١٢٠").param("placeAr", "قصر الحكم — مجلس الاستقبال")
                .param("placeEn", "Al Hukm Palace — reception majlis"));
        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/staff/officials?published");
        assertThat(mvc.perform(get("/officials/sessions")).andReturn().getResponse().getContentAsString())
                .contains("قصر الحكم — مجلس الاستقبال");
        assertThat(MvcVisitor.signedIn(mvc, port, "officer1").perform(post("/staff/officials/sessions").with(csrf())
                .param("official", "minister")).getResponse().getStatus()).isEqualTo(403);
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM official_requests WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }
}
