package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A resident asks to meet the deputy minister; the minister's office accepts the request into one
 * of his free slots and prints the brief; the resident sees the meeting's date in both calendars.
 */
@NafithaTest
class MeetAnOfficialJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort int port;
    @Autowired Officials officials;
    @Autowired Calendars calendars;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("meet-an-official");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void aResidentAsksTheOfficeAcceptsTheResidentSeesTheMeeting() {
        var start = Instant.now().plus(Duration.ofDays(52)).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(11));
        officials.publish("deputy-security", Session.Kind.PRIVATE, start, 30, "مكتب وكيل الوزارة للشؤون الأمنية",
                "Office of the Deputy Minister for Security Affairs");
        var slot = officials.freeSlots("deputy-security", Instant.now()).stream()
                .filter(s -> s.startsAt().equals(start)).findFirst().orElseThrow();

        var resident = signIn("2000000006");
        resident.navigate(base() + "/appointments");
        resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("طلب لقاء مسؤول")).click();
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الطلب")).click();
        assertThat(resident.locator(".error-summary")).containsText("اختر المسؤول");
        browsers.look(resident, "request-refused");
        resident.getByLabel("المسؤول").selectOption("deputy-security");
        resident.getByLabel("موضوع اللقاء").fill("بلاغ سابق عن سرقة مركبة لم يُبتّ فيه منذ ثلاثة أشهر");
        browsers.look(resident, "request-form");
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الطلب")).click();
        assertThat(resident.locator("main")).containsText("بانتظار المكتب");
        browsers.look(resident, "request-sent");
        var requestUrl = resident.url().replace("?sent", "");

        var office = signIn("minister-office1");
        office.navigate(base() + "/staff/officials");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("بلاغ سابق عن سرقة مركبة")).first().click();
        browsers.look(office, "triage");
        office.locator("input[name=slot][value='" + slot.id() + "']").check();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("قبول").setExact(true)).click();
        assertThat(office.locator("main")).containsText("حُدد موعد اللقاء");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ملخص اللقاء")).click();
        assertThat(office.locator("#person-name")).containsText("محمد عبد الرحيم خان");
        browsers.look(office, "brief");
        office.context().close();

        resident.navigate(requestUrl);
        assertThat(resident.locator("#meeting-when")).hasText(calendars.dateTime(start, Locale.forLanguageTag("ar")));
        assertThat(resident.locator("main")).containsText("مكتب وكيل الوزارة للشؤون الأمنية");
        browsers.look(resident, "meeting-arranged");
        resident.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page signIn(String username) {
        return browsers.signedIn(port, username);
    }
}
