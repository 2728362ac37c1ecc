package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Every page a citizen meets, signed out and signed in, in Arabic and English, on a 360 px phone
 * and a 1280 px screen: a screenshot of each under {@code target/screenshots/pages/}, no serious or
 * critical axe-core violation, no sideways scrolling on the phone, and not one request to another
 * site.
 */
@NafithaTest
class EveryCitizenPageTest {

    static final List<String> ANONYMOUS = List.of(
            "home=/", "services=/services", "search=/services?q=%D8%A7%D9%84%D8%AC%D9%88%D8%A7%D8%B2",
            "sector=/services?sector=traffic", "service-start=/services/passport-renewal", "sign-in=/signin",
            "register=/register", "municipal-register=/municipal/register", "verify=/verify", "design=/design",
            "design-forms=/design?tab=forms",
            "not-found=/services/no-such-service");

    static final List<String> SIGNED_IN = List.of(
            "my-account=/my", "my-applications=/applications", "for-whom=/services/passport-renewal/apply",
            "appointments=/appointments", "book-appointment=/appointments/book", "inbox=/inbox",
            "mandates=/mandates", "my-records=/registers/mine", "what-i-owe=/payments", "who-looked=/account/access", "detainees=/detainees",
            "notification-preferences=/notifications/preferences", "needs=/account/needs",
            "devices=/account/sessions");

    /** The innermost elements sticking out of the screen sideways, or null when the page fits. */
    static final String WIDER_THAN_SCREEN = """
            () => {
              const w = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= w + 1) return null;
              const out = [...document.querySelectorAll('body *')].filter(e => {
                const r = e.getBoundingClientRect();
                return (r.right > w + 1 || r.left < -1) && r.width > 0
                    && ![...e.children].some(c => { const q = c.getBoundingClientRect(); return q.right > w + 1 || q.left < -1; });
              });
              return out.slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' "' + e.textContent.trim().slice(0, 30) + '"').join('; ');
            }""";

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("pages");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void everyCitizenPageIsAccessibleFitsAPhoneAndStaysOnOurSite() {
        var base = "http://localhost:" + port;
        var foreign = ConcurrentHashMap.<String>newKeySet();
        var problems = new ArrayList<String>();

        var visitor = browsers.person("ar-SA").newPage();
        watch(visitor.context(), base, foreign);
        for (var page : ANONYMOUS) visit(visitor, base, page, problems);
        // Staff-only services are not listed for the public.
        visitor.navigate(base + "/services?lang=ar");
        PlaywrightAssertions.assertThat(visitor.locator("main")).not().containsText("طلب إجازة");
        // A first visit to sign-in shows the form, not a list of problems that did not happen.
        visitor.navigate(base + "/signin");
        assertThat(visitor.locator(".error-summary").count()).isZero();
        visitor.context().close();

        var citizen = browsers.signedIn(port, "1000000008");
        watch(citizen.context(), base, foreign);
        for (var page : SIGNED_IN) visit(citizen, base, page, problems);
        citizen.navigate(base + "/my?lang=ar");
        PlaywrightAssertions.assertThat(citizen.locator("h1")).hasText("حسابي");
        PlaywrightAssertions.assertThat(citizen.locator("main")).containsText("أحمد بن علي الزهراني");
        citizen.context().close();

        assertThat(foreign).as("requests to other sites").isEmpty();
        assertThat(problems).isEmpty();
    }

    /** The page in both languages and both widths; what is wrong goes to problems, to see all at once. */
    private void visit(Page page, String base, String entry, List<String> problems) {
        var name = entry.substring(0, entry.indexOf('='));
        var only = System.getProperty("pages"); // e.g. -Dpages=design,my-records while fixing those
        if (only != null && !List.of(only.split(",")).contains(name)) return;
        var path = entry.substring(entry.indexOf('=') + 1);
        for (var lang : List.of("ar", "en")) {
            page.navigate(base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(page.locator("html").getAttribute("lang")).as(name).isEqualTo(lang);
            for (var width : List.of(360, 1280)) {
                page.setViewportSize(width, 900);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target", "screenshots", "pages", "%s-%s-%d.png".formatted(name, lang, width))));
                if (width == 360) {
                    var wider = page.evaluate(WIDER_THAN_SCREEN);
                    if (wider != null) problems.add(name + " " + lang + " scrolls sideways at 360 px: " + wider);
                    axe(page, "%s %s".formatted(name, lang), problems);
                }
            }
            var images = page.locator("img:not([alt])").count();
            if (images > 0) problems.add(name + " " + lang + ": " + images + " image(s) without a text alternative");
        }
    }

    static void axe(Page page, String what, List<String> problems) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .forEach(v -> problems.add(what + ": " + v.getId() + " " + v.getNodes().stream()
                        .map(n -> n.getHtml()).limit(3).toList()));
    }

    static void watch(BrowserContext context, String base, Set<String> foreign) {
        context.onRequest(request -> {
            var url = request.url();
            if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.add(url);
        });
    }
}
