package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.Appointments;
import org.nafitha.country.ArabicDigits;
import org.nafitha.messaging.TestSmsc;
import org.nafitha.notifications.internal.MessageVariables;
import org.nafitha.notifications.internal.NotificationSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A citizen books a passport appointment and receives the SMS (through an SMS centre in the test)
 * with the day, the Gregorian and the Hijri date; on the day reception checks her in by the
 * booking code, a counter calls her ticket, and the waiting-room screen shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Configuration.class)
class BookAnAppointmentAndBeCalledJourneyTest {

    private static final int SMSC_PORT = TestSmsc.freePort();
    private static final String NOURA = "1000000016";
    private static final String NOURA_MOBILE = "966551112233";
    private static final String OFFICE = "riyadh-passports-olaya";
    private static TestSmsc smsc;
    private static BrowserSupport browsers;

    @DynamicPropertySource
    static void smsCentre(DynamicPropertyRegistry registry) throws Exception {
        if (smsc == null) smsc = new TestSmsc(SMSC_PORT).start();
        registry.add("nafitha.sms.smpp.host", () -> "127.0.0.1");
        registry.add("nafitha.sms.smpp.port", () -> SMSC_PORT);
    }

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired NotificationSender sender;
    @Autowired MessageVariables variables;
    @Autowired Appointments appointments;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("book-an-appointment-and-be-called");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
        if (smsc != null) smsc.stop();
    }

    @AfterEach
    void restore() {
        clock.reset();
        jdbc.sql("DELETE FROM accessibility_needs WHERE national_id = :id AND recorded_by = 'journey'").param("id", NOURA).update();
    }

    @Test
    void citizenBooksIsToldBySmsChecksInAndIsCalledToACounter() {
        jdbc.sql("""
                INSERT INTO accessibility_needs (national_id, need, note, recorded_by, recorded_at)
                VALUES (:id, 'WHEELCHAIR', 'تحتاج مدخلًا بلا درج', 'journey', CURRENT_TIMESTAMP)""").param("id", NOURA).update();

        var citizen = signIn(NOURA, NOURA_MOBILE);
        citizen.navigate(base() + "/appointments");
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("حجز موعد جديد")).click();
        citizen.getByLabel("الخدمة").selectOption("passport-issue");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التالي")).click();
        citizen.getByLabel("المكتب").selectOption(OFFICE);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التالي")).click();
        browsers.look(citizen, "choose-day");
        citizen.locator("input[name=day]:not([disabled])").nth(1).check();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التالي")).click();
        citizen.locator("input[name=start]:not([disabled])").first().check();
        browsers.look(citizen, "choose-time");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("احجز الموعد")).click();

        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("تم حجز موعدك"))).isVisible();
        assertThat(citizen.locator("img[alt^='رمز QR']")).isVisible();
        browsers.look(citizen, "confirmation");
        var code = citizen.locator(".reference").first().textContent().strip();
        var appointment = appointments.byCode(code).orElseThrow();

        sender.sendDue();
        var arabic = Locale.forLanguageTag("ar");
        var dates = variables.dates("appointment", appointment.startsAt(), arabic);
        var sms = await().atMost(Duration.ofSeconds(20)).until(() -> smsc.texts(NOURA_MOBILE).stream()
                .filter(t -> t.contains(code)).findFirst(), Optional::isPresent).orElseThrow();
        Assertions.assertThat(sms).contains("إدارة الجوازات بالرياض — فرع العليا",
                dates.get("appointmentWeekday"), dates.get("appointmentDate"), dates.get("appointmentHijriDate"),
                dates.get("appointmentTime"), "هـ");
        citizen.context().close();

        // the day of the appointment, half an hour before it
        clock.advance(Duration.between(clock.instant(), appointment.startsAt().minus(Duration.ofMinutes(30))));

        var reception = signIn("reception1", "966500000107");
        reception.navigate(base() + "/staff/appointments/reception?office=" + OFFICE);
        reception.getByLabel("رمز الحجز أو رقم الهوية").fill(code.toLowerCase(Locale.ROOT));
        reception.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سجّل الحضور")).click();
        assertThat(reception.locator(".panel--confirmation")).containsText("رقم الانتظار");
        assertThat(reception.locator("main")).containsText("كرسي متحرك");
        browsers.look(reception, "checked-in");
        reception.context().close();

        var counter = signIn("officer1", "966500000101");
        counter.navigate(base() + "/staff/appointments/counter?office=" + OFFICE + "&counter=٣");
        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("نادِ الرقم التالي")).click();
        assertThat(counter.locator(".panel--confirmation")).containsText("إلى الكاونتر");
        assertThat(counter.locator("main")).containsText("كرسي متحرك");
        browsers.look(counter, "called");

        var screen = browsers.person("ar-SA").newPage();
        screen.navigate(base() + "/appointments/display/" + OFFICE + "?token=olaya-display-7f3c91");
        assertThat(screen.locator(".display__now")).containsText("كاونتر ٣");
        assertThat(screen.locator("meta[http-equiv=refresh]")).hasAttribute("content", Pattern.compile("\\d+"));
        // A wall screen in the waiting room that nobody operates: it must refresh by itself (WCAG
        // 2.2.1 excepts real-time events), so axe's meta-refresh rule does not apply to it.
        browsers.look(screen, "waiting-room-display", List.of("meta-refresh"));
        screen.navigate(base() + "/appointments/display/" + OFFICE + "?token=wrong");
        Assertions.assertThat(screen.locator("body").textContent()).doesNotContain("كاونتر ٣");

        counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تمت الخدمة")).click();
        assertThat(counter.locator("main")).containsText("متوسط الانتظار اليوم");
        browsers.look(counter, "served");
        Assertions.assertThat(appointments.byCode(code).orElseThrow().status().name()).isEqualTo("SERVED");
    }

    private Page signIn(String username, String mobile) {
        var page = browsers.person("ar-SA").newPage();
        var before = smsc.texts(mobile).size();
        page.navigate(base() + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(username);
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        var text = await().atMost(Duration.ofSeconds(20)).until(() -> smsc.texts(mobile), t -> t.size() > before).getLast();
        var matcher = Pattern.compile("(\\d{6})").matcher(ArabicDigits.toLatin(text));
        if (!matcher.find()) throw new IllegalStateException("no code in " + text);
        page.getByLabel("رمز التحقق").fill(matcher.group(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        page.waitForURL(url -> !url.contains("/signin"));
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
