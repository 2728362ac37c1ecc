package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.TestOffices;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.cases.Applications;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.internal.IssuingDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A deaf citizen does without the phone: she writes to the communication centre and reads its
 * answer, asks for a sign-language interpreter on her appointment, and (as a blind citizen would)
 * reads her certificate as an accessible page — each page looked at on a phone and a desktop, in
 * Arabic and English, with axe.
 */
@NafithaTest
class WriteInsteadOfCallingJourneyTest {

    private static final String NOURA = "1000000016";
    private static BrowserSupport browsers;

    @LocalServerPort int port;
    @Autowired Applications applications;
    @Autowired IssuingDocuments issuing;
    @Autowired Catalogue catalogue;
    @Autowired BookingAppointments booking;
    @Autowired Offices offices;
    @Autowired Calendars calendars;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("write-instead-of-calling");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    private void everyWay(Page page, String url, String name) {
        for (var lang : List.of("ar", "en")) {
            for (var width : List.of(360, 1280)) {
                page.setViewportSize(width, width == 360 ? 780 : 900);
                page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=" + lang);
                browsers.look(page, name + "-" + lang + "-" + width);
            }
        }
        page.setViewportSize(1280, 900);
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=ar");
    }

    @Test
    void sheWritesAsksForAnInterpreterAndReadsHerCertificateWithoutAPhoneCall() {
        var base = "http://localhost:" + port;
        var noura = browsers.signedIn(port, NOURA);
        noura.navigate(base + "/communication");
        noura.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل")).click();
        assertThat(noura.getByRole(AriaRole.ALERT)).containsText("اكتب موضوع رسالتك");
        browsers.look(noura, "write-errors-ar-1280");
        noura.getByLabel("الموضوع").fill("موعد استلام جواز ابني");
        noura.getByLabel("رسالتك").fill("أنا صمّاء ولا أستطيع الاتصال. متى أستلم جواز ابني من فرع العليا؟");
        noura.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل")).click();
        assertThat(noura.getByRole(AriaRole.STATUS)).containsText("وصلت رسالتك إلى مركز التواصل");
        var thread = noura.url().replaceAll("\\?.*", "");

        var centre = browsers.signedIn(port, "commcentre1");
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("صندوق المراسلات الكتابية"))).isVisible();
        browsers.look(centre, "centre-inbox-ar-1280");
        var reference = thread.substring(thread.lastIndexOf('/') + 1);
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(centre.locator("body")).containsText("نورة بنت سعد القحطاني");
        centre.getByLabel("ردّك على المراجع").fill("الجواز جاهز للاستلام من فرع العليا، ونوفر لك مترجم لغة الإشارة عند حجز موعد.");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل")).click();
        browsers.look(centre, "centre-thread-ar-1280");
        centre.navigate(base + "/staff/communication/" + reference + "?lang=en");
        browsers.look(centre, "centre-thread-en-1280");
        centre.navigate(base + "/staff/communication?lang=en");
        browsers.look(centre, "centre-inbox-en-1280");

        noura.navigate(thread);
        assertThat(noura.locator(".timeline")).containsText("الجواز جاهز للاستلام من فرع العليا");
        everyWay(noura, base + "/communication", "conversations");
        everyWay(noura, thread, "thread");

        var office = new TestOffices(jdbc, offices, calendars).passportOffice(2);
        var at = new TestOffices(jdbc, offices, calendars).at(new TestOffices(jdbc, offices, calendars).openDay(6), 9, 30);
        var appointment = ((BookingOutcome.Booked) booking.book(new BookingRequest(TestOffices.person(NOURA), null,
                "passport-lost", office.id(), at, null, null))).appointment();
        noura.navigate(base + "/appointments/" + appointment.code());
        noura.getByLabel("ملاحظة للمكتب").fill("أتواصل بلغة الإشارة السعودية");
        noura.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اطلب مترجمًا")).click();
        assertThat(noura.locator("#interpreter")).containsText("طلبت مترجم لغة الإشارة");
        everyWay(noura, base + "/appointments/" + appointment.code(), "appointment-interpreter");
        var reception = browsers.signedIn(port, "reception1");
        reception.navigate(base + "/staff/appointments/reception?office=" + office.id());
        assertThat(reception.locator("table")).containsText(appointment.code());
        assertThat(reception.locator("table")).containsText("أتواصل بلغة الإشارة السعودية");
        browsers.look(reception, "reception-interpreters-ar-1280");

        var certificate = ((Applications.Submitted) applications.applyForSelf(
                new Actor(NOURA, NOURA, "نورة", Set.of(Role.APPLICANT), null), "good-conduct-certificate",
                Map.of("purpose", "work", "addressedTo", "وزارة التعليم", "language", "ar", "mobile", "0551112233"),
                UUID.randomUUID().toString())).reference();
        issuing.issue(certificate, catalogue.find("good-conduct-certificate").orElseThrow(), NOURA);
        noura.navigate(base + "/applications/" + certificate.value() + "/document");
        assertThat(noura.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("شهادة حسن سيرة وسلوك"))).isVisible();
        assertThat(noura.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("الاسم"))).isVisible();
        everyWay(noura, base + "/applications/" + certificate.value() + "/document", "accessible-document");
        assertThat(noura.locator("article").getAttribute("lang")).isEqualTo("ar");
    }
}
