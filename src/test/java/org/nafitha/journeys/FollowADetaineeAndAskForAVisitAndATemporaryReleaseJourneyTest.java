package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.notifications.internal.NotificationSender;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * تواصل: a brother signs in, sees his brother's legal status and next court session (no health line),
 * books an in-person visit and asks for a temporary release for a wedding (first without the
 * invitation: the form says so and keeps what he wrote); social services propose and the governor
 * approves (four eyes); he is texted; an officer changes the legal status and he sees it; the wife
 * sees the health line.
 */
@NafithaTest
class FollowADetaineeAndAskForAVisitAndATemporaryReleaseJourneyTest {

    private static final String FAHD_FILE = "MLZ-1446-00213";
    private static BrowserSupport browsers;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Calendars calendars;
    @Autowired
    Clock clock;
    @Autowired
    NotificationSender sender;
    @Autowired
    AuditTrail audit;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("follow-a-detainee");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    /** The other detention tests share the demo register: Fahd goes back on trial. */
    @AfterEach
    void backOnTrial() {
        jdbc.sql("UPDATE detainees SET legal_status = 'ON_TRIAL' WHERE file_number = :f").param("f", FAHD_FILE).update();
    }

    @Test
    void aBrotherFollowsTheTrialBooksAVisitAndIsTextedTheReleaseDecision() {
        var base = "http://localhost:" + port;
        var brother = browsers.signedIn(port, "1000000008");
        brother.navigate(base + "/detainees");
        assertThat(brother.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("الموقوفون الذين أتابعهم"))).isVisible();
        browsers.look(brother, "followed");
        brother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("فهد بن علي الزهراني")).click();
        assertThat(brother.locator("#legal-status")).containsText("قيد المحاكمة");
        assertThat(brother.locator("#next-session")).containsText("المحكمة الجزائية بالرياض");
        assertThat(brother.locator("#next-session")).containsText("هـ");
        assertThat(brother.locator("#health")).hasCount(0);
        browsers.look(brother, "status-page");

        brother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("زيارة حضورية")).click();
        var day = visitDay();
        brother.locator("#date-gregorian").check();
        brother.locator("#date-day").fill(ArabicDigits.toArabicIndic(String.valueOf(day.getDayOfMonth())));
        brother.locator("#date-month").fill(ArabicDigits.toArabicIndic(String.valueOf(day.getMonthValue())));
        brother.locator("#date-year").fill(ArabicDigits.toArabicIndic(String.valueOf(day.getYear())));
        browsers.look(brother, "visit-form");
        brother.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الطلب")).click();
        assertThat(brother.locator("[role=status]")).containsText("أُرسل طلبك");
        assertThat(brother.locator("#my-requests")).containsText("زيارة حضورية");

        brother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إفراج مؤقت")).click();
        var wedding = calendars.today(clock).plusDays(25);
        brother.locator("#date-gregorian").check();
        brother.locator("#date-day").fill(String.valueOf(wedding.getDayOfMonth()));
        brother.locator("#date-month").fill(String.valueOf(wedding.getMonthValue()));
        brother.locator("#date-year").fill(String.valueOf(wedding.getYear()));
        brother.getByLabel("المناسبة").selectOption("WEDDING");
        brother.getByLabel("ملاحظات (اختياري)").fill("زواج أخينا الأصغر سلمان، ونرجو حضوره مع مرافق");
        brother.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الطلب")).click();
        assertThat(brother.locator(".error-summary")).containsText("أرفق مستندًا يثبت المناسبة");
        assertThat(brother.getByLabel("ملاحظات (اختياري)")).hasValue("زواج أخينا الأصغر سلمان، ونرجو حضوره مع مرافق");
        assertThat(brother.getByLabel("المناسبة")).hasValue("WEDDING");
        browsers.look(brother, "release-without-invitation");
        brother.getByLabel("المستند المؤيد").setInputFiles(new FilePayload("دعوة-الزواج.pdf", "application/pdf",
                "%PDF-1.4 دعوة زواج سلمان بن علي الزهراني".getBytes()));
        brother.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل الطلب")).click();
        assertThat(brother.locator("[role=status]")).containsText("أُرسل طلبك");
        var reference = ArabicDigits.toLatin(brother.locator("#my-requests bdi").first().textContent().strip());
        assertThat(reference).startsWith("TWS-");

        var social = browsers.signedIn(port, "prison-social1");
        assertThat(social.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("طلبات السجن"))).isVisible();
        decide(social, reference, "الدعوة موثقة وسلوكه حسن");
        assertThat(social.locator("[role=status]")).containsText(reference);
        browsers.look(social, "staff-queues");
        var head = browsers.signedIn(port, "prison-head1");
        assertThat(head.locator("#request-" + reference)).containsText("بانتظار اعتماد المدير");
        var invitation = head.locator("#request-" + reference).getByRole(AriaRole.LINK);
        assertThat(invitation).containsText("دعوة-الزواج.pdf");
        var opened = head.request().get(base + invitation.getAttribute("href"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(new String(opened.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        decide(head, reference, "يُفرج عنه يوم الزواج من الرابعة عصرًا حتى العاشرة ليلًا مع مرافق");
        assertThat(head.locator("#request-" + reference)).hasCount(0);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            sender.sendDue();
            assertThat(texts("1000000008")).anySatisfy(t -> assertThat(t).contains(reference).contains("مقبول"));
        });

        var officer = browsers.signedIn(port, "prison-officer1");
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("فهد بن علي الزهراني"))).click();
        officer.getByLabel("الوضع القانوني").selectOption("SENTENCED");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ").setExact(true)).first().click();
        assertThat(officer.locator("[role=status]")).containsText("حُفظ التغيير");
        assertThat(officer.locator("#who-looked")).containsText("1000000008");
        assertThat(audit.forCase(FAHD_FILE)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("detention.look");
            assertThat(e.actor()).isEqualTo("prison-officer1");
            assertThat(e.department()).isEqualTo("ruh-malaz");
        });
        assertThat(audit.forCase(reference)).extracting(e -> e.action() + " " + e.actor()).containsExactly(
                "detention.request.submit 1000000008", "detention.request.proposed prison-social1",
                "detention.request.approved prison-head1");
        browsers.look(officer, "staff-detainee");
        brother.reload();
        brother.navigate(base + "/detainees");
        brother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("فهد بن علي الزهراني")).click();
        assertThat(brother.locator("#legal-status")).containsText("محكوم");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            sender.sendDue();
            assertThat(texts("1000000008")).anySatisfy(t -> assertThat(t).contains(FAHD_FILE).contains("محكوم"));
        });

        var wife = browsers.signedIn(port, "1000000081");
        wife.navigate(base + "/detainees");
        wife.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("فهد بن علي الزهراني")).click();
        assertThat(wife.locator("#health")).containsText("سكري من النوع الثاني");
        browsers.look(wife, "status-page-spouse");
        for (var page : List.of(brother, social, head, officer, wife)) page.context().close();
    }

    private void decide(Page staff, String reference, String reason) {
        var row = staff.locator("#request-" + reference);
        row.getByLabel("السبب").fill(reason);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("اعتماد")).click();
    }

    /** A visiting day at Al-Malaz (Thursday to Saturday) at least two days ahead, not closed. */
    private LocalDate visitDay() {
        var closed = Set.copyOf(jdbc.sql("SELECT closed_on FROM detention_blackout_days WHERE facility = 'ruh-malaz'")
                .query(LocalDate.class).list());
        var day = calendars.today(clock).plusDays(2);
        while (!Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).contains(day.getDayOfWeek())
                || closed.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private List<String> texts(String account) {
        return new ApiClient(port).get("/api/v1/dev/outbox?to=" + account, null).body().valueStream()
                .map(m -> m.path("text").asString()).toList();
    }
}
