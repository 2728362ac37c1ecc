package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.country.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Every citizen page (as {@link EveryCitizenPageTest} lists them, with the kiosk) in each residents'
 * language the country offers beyond Arabic and English, on a 360 px phone: the page says its
 * language and direction (Urdu right to left), shows no message key, passes axe with no serious or
 * critical violation, and does not scroll sideways. The screenshots are gathered in one gallery page,
 * {@code target/screenshots/languages/index.html}. A first visit to the home page weighs under 100 KB
 * in each language, its script's font included.
 */
@NafithaTest
class EveryLanguageTest {

    private static final long FIRST_LOAD_LIMIT = 100 * 1024;
    private static final Path GALLERY = Path.of("target", "screenshots", "languages");

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    Languages languages;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("languages");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void everyCitizenPageReadsWellInEveryResidentsLanguage() throws IOException {
        var base = "http://localhost:" + port;
        var residents = languages.offered().stream().filter(l -> !l.staffPages()).toList();
        assertThat(residents).extracting(Languages.Language::code).contains("ur", "hi", "bn", "fil", "ml", "fr");
        var problems = new ArrayList<String>();
        var foreign = ConcurrentHashMap.<String>newKeySet();
        var shots = new ArrayList<String>();

        var anonymous = EveryCitizenPageTest.ANONYMOUS.stream().filter(p -> !p.startsWith("design")).toList();
        var visitor = browsers.context(new Browser.NewContextOptions().setViewportSize(360, 800)).newPage();
        EveryCitizenPageTest.watch(visitor.context(), base, foreign);
        var citizen = browsers.signedIn(port, "1000000008");
        citizen.setViewportSize(360, 800);
        EveryCitizenPageTest.watch(citizen.context(), base, foreign);
        for (var language : residents) {
            for (var page : anonymous) visit(visitor, base, page, language, problems, shots);
            for (var page : EveryCitizenPageTest.SIGNED_IN) visit(citizen, base, page, language, problems, shots);
            // a browser that opened the kiosk stays a kiosk: its own
            var kiosk = browsers.context(new Browser.NewContextOptions().setViewportSize(360, 800)).newPage();
            visit(kiosk, base, "kiosk=/kiosk", language, problems, shots);
            kiosk.context().close();
        }
        citizen.context().close();
        visitor.context().close();

        for (var language : residents) {
            var weight = firstLoad(base + "/?lang=" + language.code());
            if (weight > FIRST_LOAD_LIMIT) problems.add(language.code() + ": the home page's first load weighs " + weight + " bytes");
        }
        gallery(shots);
        assertThat(foreign).as("requests to other sites").isEmpty();
        assertThat(problems).isEmpty();
    }

    private void visit(Page page, String base, String entry, Languages.Language language, List<String> problems, List<String> shots) {
        var name = entry.substring(0, entry.indexOf('='));
        var path = entry.substring(entry.indexOf('=') + 1);
        var what = name + " " + language.code();
        page.navigate(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language.code());
        assertThat(page.locator("html").getAttribute("lang")).as(what).isEqualTo(language.code());
        assertThat(page.locator("html").getAttribute("dir")).as(what).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
        var text = page.locator("body").innerText();
        if (text.contains("??")) problems.add(what + ": a message key is shown: " + text.substring(text.indexOf("??"), Math.min(text.length(), text.indexOf("??") + 60)));
        var file = "%s-%s.png".formatted(language.code(), name);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(GALLERY.resolve(file)));
        shots.add(file);
        var wider = page.evaluate(EveryCitizenPageTest.WIDER_THAN_SCREEN);
        if (wider != null) problems.add(what + " scrolls sideways at 360 px: " + wider);
        EveryCitizenPageTest.axe(page, what, problems);
    }

    /** Bytes sent over the wire (compressed, headers aside) for a first visit with an empty cache. */
    private long firstLoad(String url) {
        var context = browsers.context(new Browser.NewContextOptions().setViewportSize(360, 800));
        var total = new AtomicLong();
        context.onRequestFinished(request -> total.addAndGet(Math.max(0, request.sizes().responseBodySize)));
        var page = context.newPage();
        page.navigate(url);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        context.close();
        return total.get();
    }

    private static void gallery(List<String> shots) throws IOException {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Nafitha in every language</title>"
                + "<style>body{font-family:sans-serif}figure{display:inline-block;vertical-align:top;margin:8px}"
                + "img{width:240px;border:1px solid #999}</style></head><body><h1>Every citizen page in every residents' language (360 px)</h1>");
        String current = null;
        for (var shot : shots) {
            var language = shot.substring(0, shot.indexOf('-'));
            if (!language.equals(current)) {
                html.append("<h2>").append(language).append("</h2>");
                current = language;
            }
            html.append("<figure><a href=\"").append(shot).append("\"><img src=\"").append(shot).append("\" alt=\"")
                    .append(shot).append("\"></a><figcaption>").append(shot).append("</figcaption></figure>");
        }
        Files.createDirectories(GALLERY);
        Files.writeString(GALLERY.resolve("index.html"), html.append("</body></html>").toString());
    }
}
