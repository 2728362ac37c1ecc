package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Languages;
import org.nafitha.identity.Role;

/**
 * Arabic and English bundles carry the same keys, and templates only use keys that exist. Each
 * residents' language (Urdu, French, ...) carries every text a citizen reads: every key of the
 * citizens' pages and of the words those pages look up by name (statuses, kinds, errors), with the
 * same placeholders as English; staff pages stay Arabic and English.
 */
class MessageBundlesTest {

    /** The pages citizens and residents read (staff pages are not translated beyond Arabic and English). */
    static final List<String> CITIZEN_TEMPLATES = List.of(
            "identity/needs-fields.html",
            "identity/mobile-confirm.html",
            "identity/signin.html",
            "identity/sessions.html",
            "identity/needs.html",
            "identity/code.html",
            "identity/register.html",
            "identity/mandates.html",
            "identity/register-code.html",
            "identity/register-password.html",
            "identity/mobile.html",
            "detention/list.html",
            "detention/detainee.html",
            "detention/request.html",
            "cases/list.html",
            "cases/confirmation.html",
            "cases/for-whom.html",
            "cases/form.html",
            "cases/review.html",
            "cases/form-fields.html",
            "cases/detail.html",
            "error/404.html",
            "error/409.html",
            "error/403.html",
            "error/error.html",
            "error/5xx.html",
            "error/413.html",
            "kiosk/home.html",
            "kiosk/applications.html",
            "kiosk/layout.html",
            "kiosk/apply.html",
            "kiosk/receipt.html",
            "kiosk/start.html",
            "kiosk/code.html",
            "municipal/complaint-new.html",
            "municipal/complaint.html",
            "municipal/register-mobile.html",
            "municipal/register-waiting.html",
            "municipal/register.html",
            "meetings/chat.html",
            "meetings/call.html",
            "registers/mine.html",
            "notifications/inbox.html",
            "notifications/preferences.html",
            "notifications/case-messages.html",
            "contactcentre/inbox.html",
            "contactcentre/thread.html",
            "contactcentre/thread-messages.html",
            "assistant/kiosk.html",
            "assistant/answer.html",
            "issuance/verify.html",
            "issuance/delivery.html",
            "issuance/accessible.html",
            "payments/owed.html",
            "payments/return.html",
            "fragments/layout.html",
            "fragments/components.html",
            "appointments/list.html",
            "appointments/detail.html",
            "appointments/offices.html",
            "appointments/reschedule.html",
            "appointments/book.html",
            "appointments/officials/ask.html",
            "appointments/officials/request.html",
            "analytics/performance.html",
            "analytics/status.html",
            "analytics/chart.html",
            "portal/home.html",
            "portal/dashboard.html",
            "portal/access.html",
            "portal/service.html");

    /** Words the citizens' pages (and their errors) look up by a computed key. */
    static final List<String> CITIZEN_KEY_FAMILIES = List.of(
            "cases.status.", "cases.action.", "appointments.status.", "appointments.officeType.", "appointments.needs.",
            "detention.status.", "detention.type.", "detention.relation.", "detention.requestStatus.", "detention.hint.",
            "identity.register.", "identity.signin.", "identity.mandate.", "municipal.register.", "municipal.complaint.status.",
            "identity.needs.kind.", "notifications.notify.channel.", "notifications.notify.event.",
            "notifications.notify.status.", "appointments.officials.mode.", "appointments.officials.status.",
            "portal.access.action.", "portal.service.days.", "catalogue.sector.", "contactcentre.commcentre.status.",
            "assistant.fact.", "analytics.status.", "portal.layout.", "portal.error.", "portal.form.", "cases.form.");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void arabicAndEnglishHaveTheSameKeys() throws IOException {
        var ar = new TreeSet<>(load("messages_ar.properties").stringPropertyNames());
        var en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(ar).isEqualTo(en);
    }

    /**
     * Every key starts with the module that owns it ({@code cases.staff.queue.title}): the modules are the
     * top-level packages under org.nafitha, read from the sources, so a new module needs no list here.
     */
    @Test
    void everyKeyStartsWithItsModule() throws IOException {
        Set<String> modules;
        try (var packages = Files.list(Path.of("src/main/java/org/nafitha"))) {
            modules = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(modules).contains("cases", "portal");
        try (var bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (var bundle : bundles.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages")).sorted().toList()) {
                var strays = load(bundle).stringPropertyNames().stream()
                        .filter(k -> !modules.contains(k.substring(0, Math.max(k.indexOf('.'), 0)))).sorted().toList();
                assertThat(strays).as("keys in %s not prefixed by a module (%s)", bundle, new TreeSet<>(modules)).isEmpty();
            }
        }
    }

    @Test
    void everyResidentsLanguageHasEveryCitizenText() throws IOException {
        var en = load("messages_en.properties");
        var needed = new TreeSet<String>();
        var literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        for (var template : CITIZEN_TEMPLATES) {
            literal.matcher(Files.readString(Path.of("src/main/resources/templates", template))).results()
                    .map(m -> m.group(1)).forEach(needed::add);
        }
        en.stringPropertyNames().stream().filter(k -> CITIZEN_KEY_FAMILIES.stream().anyMatch(k::startsWith)).forEach(needed::add);
        var residents = Languages.known().stream().filter(l -> !l.staffPages()).toList();
        assertThat(residents).isNotEmpty();
        var placeholders = Pattern.compile("\\{\\d+}");
        for (var language : residents) {
            var bundle = load("messages_" + language.code() + ".properties");
            var keys = bundle.stringPropertyNames();
            assertThat(needed.stream().filter(k -> !keys.contains(k)).toList())
                    .as("citizens' texts missing in messages_%s.properties", language.code()).isEmpty();
            assertThat(keys.stream().filter(k -> !en.containsKey(k)).toList())
                    .as("keys in messages_%s.properties that English no longer has", language.code()).isEmpty();
            for (var key : keys) {
                var text = bundle.getProperty(key);
                assertThat(text).as("%s in %s", key, language.code()).isNotBlank();
                assertThat(placeholders.matcher(text).results().map(m -> m.group()).sorted().toList())
                        .as("placeholders of %s in %s", key, language.code())
                        .isEqualTo(placeholders.matcher(en.getProperty(key)).results().map(m -> m.group()).sorted().toList());
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        var keys = load("messages_ar.properties").stringPropertyNames();
        var literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            var missing = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return literal.matcher(Files.readString(p)).results().map(m -> p.getFileName() + ": " + m.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(entry -> !keys.contains(entry.substring(entry.indexOf(": ") + 2))).toList();
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void everyStatusActionAndRoleHasWords() throws IOException {
        var keys = load("messages_ar.properties").stringPropertyNames();
        for (var role : Role.values()) assertThat(keys).contains("identity.role." + role.name());
        for (var refusal : Refusal.values()) assertThat(keys).contains(refusal.messageKey());
        var workflow = new Catalogue().all().stream().map(s -> s.workflow()).toList();
        workflow.forEach(w -> w.states().forEach(s -> assertThat(keys).contains("cases.status." + s)));
        workflow.forEach(w -> w.transitions().forEach(t -> assertThat(keys).contains("cases.action." + t.action())));
    }
}
