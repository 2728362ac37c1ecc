package org.nafitha.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.notifications.internal.Channel;
import org.nafitha.notifications.internal.NotificationTemplates;
import org.nafitha.notifications.internal.OutgoingMessages;
import org.nafitha.notifications.internal.Preferences;
import org.nafitha.notifications.internal.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The pages: a person's notification choices, the admin's templates with preview, failed messages. */
@NafithaTest
@AutoConfigureMockMvc
class NotificationPagesTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    @Autowired Preferences preferences;
    @Autowired NotificationTemplates templates;

    @Test
    void aPersonChoosesEnglishAndEmailAndAnInvalidAddressIsRefusedWithTheChoicesKept() throws Exception {
        var noura = MvcVisitor.signedIn(mvc, port, "1000000016");
        assertThat(noura.perform(get("/notifications/preferences")).getResponse().getContentAsString())
                .contains("إشعاراتي", "رسالة نصية إلى جوالي المسجّل");

        var refused = noura.perform(post("/notifications/preferences").with(csrf()).param("language", "en")
                .param("bySms", "true").param("byEmail", "true").param("email", "noura-at-example"));
        assertThat(refused.getResponse().getContentAsString()).contains("أدخل بريدًا إلكترونيًا صحيحًا")
                .contains("value=\"noura-at-example\"");
        assertThat(preferences.of("1000000016")).isEqualTo(Preferences.Preference.DEFAULT);

        var saved = noura.perform(post("/notifications/preferences").with(csrf()).param("language", "en")
                .param("byEmail", "true").param("email", "noura@example.sa"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/notifications/preferences?saved");
        assertThat(preferences.of("1000000016"))
                .isEqualTo(new Preferences.Preference("en", false, true, "noura@example.sa", false));
        preferences.save("1000000016", Preferences.Preference.DEFAULT, Instant.now());
    }

    @Test
    void anAdminPreviewsATemplateWithItsSegmentsAndAnUnknownVariableIsRefusedAtSave() throws Exception {
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        assertThat(admin.perform(get("/admin/notifications/templates")).getResponse().getContentAsString())
                .contains("قوالب الإشعارات", "الموافقة على الطلب", "يونيكود UCS-2");
        var path = "/admin/notifications/templates/case-approved/ar/sms";
        var before = templates.current(TemplateKey.CASE_APPROVED, "ar", Channel.SMS).orElseThrow();

        var preview = admin.perform(post(path).with(csrf()).param("preview", "true")
                .param("body", "نافذة: تمت الموافقة على طلبك {{reference}} يوم {{weekday}} {{date}} الموافق {{hijriDate}}."));
        assertThat(preview.getResponse().getContentAsString())
                .contains("PSP-2026-000123-7", "الاثنين", "٢٣ نوفمبر ٢٠٢٦", "١٤٤٨ هـ", "جزء");

        var refused = admin.perform(post(path).with(csrf()).param("body", "طلبك {{refrence}} جاهز"));
        assertThat(refused.getResponse().getContentAsString()).contains("المتغير غير معروف لهذا الحدث: refrence",
                "يجب أن يتضمن النص المتغير: reference");
        var unclosed = admin.perform(post(path).with(csrf()).param("body", "طلبك {{reference}} جاهز {{date"));
        assertThat(unclosed.getResponse().getContentAsString()).contains("قوس غير مكتمل");
        assertThat(templates.current(TemplateKey.CASE_APPROVED, "ar", Channel.SMS).orElseThrow().version())
                .isEqualTo(before.version());

        var saved = admin.perform(post(path).with(csrf()).param("body", before.body() + " شكرًا لك."));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path + "?saved");
        var after = templates.current(TemplateKey.CASE_APPROVED, "ar", Channel.SMS).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.createdBy()).isEqualTo("admin");
        assertThat(templates.history(TemplateKey.CASE_APPROVED, "ar", Channel.SMS)).hasSize(after.version());
    }

    /**
     * The SMS confirming an appointment, as the admin's page shows it in each language the country
     * offers: rendered with sample values, its encoding and how many parts it costs (gathered in
     * target/sms/appointment-booked.md). Scripts outside GSM's alphabet go out in UCS-2.
     */
    @Test
    void theAppointmentSmsIsShownInEveryLanguageWithItsEncodingAndParts() throws Exception {
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        var report = new StringBuilder("# The SMS confirming an appointment, in every language\n\n"
                + "| language | encoding | characters | parts | text |\n|---|---|---|---|---|\n");
        for (var language : templates.languages()) {
            var page = admin.perform(get("/admin/notifications/templates/appointment-booked/" + language + "/sms?lang=en")
                    .header("Accept-Language", "en")).getResponse().getContentAsString();
            var template = templates.current(TemplateKey.APPOINTMENT_BOOKED, language, Channel.SMS).orElseThrow();
            var matcher = Pattern.compile("(\\d+) characters, (\\d+) part\\(s\\) \\((GSM|Unicode UCS-2)").matcher(page);
            assertThat(matcher.find()).as("the encoding line for " + language).isTrue();
            var unicode = matcher.group(3).startsWith("Unicode");
            if (List.of("ar", "ur", "hi", "bn", "ml").contains(language)) assertThat(unicode).as(language).isTrue();
            assertThat(Integer.parseInt(matcher.group(2))).as("parts of the " + language + " SMS").isBetween(1, 4);
            report.append("| %s | %s | %s | %s | %s |%n".formatted(language, unicode ? "UCS-2" : "GSM-7", matcher.group(1),
                    matcher.group(2), template.body().replace("|", "\\|")));
        }
        Files.createDirectories(Path.of("target", "sms"));
        Files.writeString(Path.of("target", "sms", "appointment-booked.md"), report);
    }

    @Test
    void staffSeeTheMessagesSentAboutACaseWithTheirStatus() throws Exception {
        var reference = CaseReference.of("PSP", 2026, 717171);
        var event = new CaseStatusChanged(reference, "passport-renewal", "1000000008", "confirm",
                "PENDING_REVIEW", "APPROVED", "REVIEWER", null, Instant.now());
        tx.executeWithoutResult(status -> events.publishEvent(event));
        Awaitility.await().until(() -> !outgoing.forCase(reference.value()).isEmpty());

        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        var fragment = officer.perform(get("/staff/cases/" + reference.value() + "/messages")
                .header("HX-Request", "true")).getResponse().getContentAsString();
        assertThat(fragment).contains("الرسائل إلى مقدّم الطلب", "الموافقة على الطلب", "رسالة نصية",
                "بانتظار الإرسال").doesNotContain("<html");
        var person = MvcVisitor.signedIn(mvc, port, "1000000008");
        assertThat(person.perform(get("/staff/cases/" + reference.value() + "/messages")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    @Autowired OutgoingMessages outgoing;

    @Test
    void onlyAdminsEditTemplatesAndSeeFailedMessages() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "officer1");
        assertThat(officer.perform(get("/admin/notifications/templates")).getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.perform(get("/admin/notifications/failed")).getResponse().getStatus()).isEqualTo(403);
        var admin = MvcVisitor.signedIn(mvc, port, "admin");
        assertThat(admin.perform(get("/admin/notifications/failed")).getResponse().getContentAsString())
                .contains("رسائل تعذّر إيصالها");
    }
}
