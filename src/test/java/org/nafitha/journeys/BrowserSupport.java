package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.nafitha.ApiClient;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), screenshots under
 * {@code target/screenshots/<journey>/}, and axe-core on every page a journey shows.
 */
final class BrowserSupport implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final Path screenshots;
    private int shot;

    private BrowserSupport(String journey, List<String> extraArgs) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(Stream.concat(Stream.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"), extraArgs.stream()).toList()));
        this.screenshots = Path.of("target", "screenshots", journey);
    }

    /** On a developer's machine without Chromium the journey is skipped; on CI it must run. */
    static BrowserSupport start(String journey) {
        return start(journey, List.of());
    }

    /** With Chromium switches of the journey's own (a fake camera for a video call...). */
    static BrowserSupport start(String journey, List<String> extraArgs) {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeFalse(!"true".equalsIgnoreCase(System.getenv("CI")),
                    "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)");
            throw new IllegalStateException("CI needs Chromium at /usr/bin/chromium; .ci/run installs it");
        }
        return new BrowserSupport(journey, extraArgs);
    }

    /** A person's own browser: Arabic, a phone-sized or desktop window, no shared cookies. */
    BrowserContext person(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
    }

    /** A browser context with the caller's options (locale, viewport, JavaScript off...). */
    BrowserContext context(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    /**
     * A new Arabic page signed in as a demo account: password, then the SMS code read from the dev
     * outbox, as the demo profile keeps SMS there.
     */
    Page signedIn(int port, String username) {
        var page = person("ar-SA").newPage();
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(username);
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        PlaywrightAssertions.assertThat(page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("أدخل رمز التحقق"))).isVisible();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
        return page;
    }

    /** Saves a full-page screenshot and checks the page with axe-core: no serious or critical violations. */
    void look(Page page, String name) {
        look(page, name, List.of());
    }

    /**
     * As {@link #look(Page, String)}, with axe rules that do not apply to this page named and
     * justified by the caller (e.g. meta-refresh on a wall screen nobody operates).
     */
    void look(Page page, String name, List<String> rulesNotApplying) {
        shot++;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve("%02d-%s.png".formatted(shot, name))));
        var axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        if (!rulesNotApplying.isEmpty()) axe.disableRules(rulesNotApplying);
        var results = axe.analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList())
                .toList();
        assertThat(serious).as("accessibility of " + name + " (" + page.url() + ")").isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
