package org.nafitha.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nafitha.ApiClient;
import org.nafitha.TestClock;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TestSmsc;
import org.nafitha.messaging.TextMessage;
import org.nafitha.notifications.internal.OutgoingMessage.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Case events to handsets and mailboxes: a real SMPP server session (jSMPP) as the operator's SMS
 * centre and GreenMail as the mail server. The sender is driven by hand here ({@code sendDue}),
 * which is also how "the application was down between the event and the sending" looks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nafitha.notifications.backoff=30s", "nafitha.notifications.lease=1m",
        "nafitha.sms.smpp.rebind-interval=1h", "nafitha.sms.smpp.response-timeout=3s"})
@ActiveProfiles("demo")
@Import(TestClock.Configuration.class)
class NotificationDeliveryTest {

    @LocalServerPort
    int port;

    static final int SMSC_PORT = TestSmsc.freePort();
    static final int SMTP_PORT = TestSmsc.freePort();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("nafitha.sms.smpp.host", () -> "127.0.0.1");
        registry.add("nafitha.sms.smpp.port", () -> SMSC_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired OutgoingMessages outgoing;
    @Autowired NotificationSender sender;
    @Autowired Preferences preferences;
    @Autowired TestClock clock;
    @Autowired SmsGateway sms;

    TestSmsc smsc;

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = new TestSmsc(SMSC_PORT).start();
    }

    @AfterEach
    void stopSmsc() {
        smsc.stop();
        clock.reset();
    }

    @Test
    void anApprovedCaseReachesTheApplicantOnceBySmsInArabicAndByEmailRightToLeftEvenIfTheEventComesTwice()
            throws Exception {
        var person = person("+966509990001");
        preferences.save(person, new Preferences.Preference("ar", true, true, person + "@example.sa", true), Instant.now());
        var event = approved(person);

        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 2);
        assertThat(smsc.submitted()).noneMatch(s -> s.destination().equals("966509990001"));

        sender.sendDue();
        publish(event);
        sender.sendDue();

        var texts = await().until(() -> smsc.texts("966509990001"), list -> !list.isEmpty());
        assertThat(texts).singleElement().satisfies(text -> assertThat(text)
                .contains(event.reference().value(), "تمت الموافقة", "الاثنين", "٢٣ نوفمبر ٢٠٢٦")
                .doesNotContain("{{"));
        assertThat(smsc.to("966509990001")).allMatch(s -> s.dataCoding() == 0x08);

        var received = await().until(() -> to(person + "@example.sa"), list -> !list.isEmpty());
        assertThat(received).hasSize(1);
        var email = received.getFirst();
        assertThat(email.getSubject()).contains(event.reference().value());
        assertThat(part(email, "text/html")).contains("dir=\"rtl\"", "lang=\"ar\"", event.reference().value(),
                "جمادى");
        assertThat(part(email, "text/plain")).contains("تمت الموافقة", event.reference().value()).doesNotContain("<");
        assertThat(email.getMessageID()).endsWith("@nafitha>");

        await().untilAsserted(() -> {
            sender.sendDue(); // as the scheduler does every second: also applies a receipt that raced its part
            assertThat(decisionMessages(event.reference().value())).filteredOn(m -> m.channel() == Channel.SMS)
                    .extracting(OutgoingMessage::status).containsExactly(Status.DELIVERED);
        });
        assertThat(decisionMessages(event.reference().value())).filteredOn(m -> m.channel() == Channel.EMAIL)
                .extracting(OutgoingMessage::status).containsExactly(Status.SUBMITTED);
        assertThat(smsc.texts("966509990001")).hasSize(1);

        // How did it go? is asked too, but not beside the decision: it waits its hours, then goes once.
        var question = outgoing.forCase(event.reference().value()).stream()
                .filter(m -> "satisfaction-asked".equals(m.templateKey()) && m.channel() == Channel.SMS).toList();
        assertThat(question).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Status.PENDING));
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        sender.sendDue();
        await().until(() -> smsc.texts("966509990001"), list -> list.size() == 2);
        assertThat(smsc.texts("966509990001").getLast()).contains("/applications/" + event.reference().value()
                + "/satisfaction");
    }

    @Test
    void theHijriDateAndWeekdayFollowTheReadersLanguageAndEnglishGoesInTheGsmAlphabet() {
        var person = person("+966509990002");
        preferences.save(person, new Preferences.Preference("en", true, false, null, true), Instant.now());
        var event = approved(person);

        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 1);
        sender.sendDue();

        assertThat(smsc.texts("966509990002")).singleElement().satisfies(text ->
                assertThat(text).contains("approved on Monday 23 November 2026", event.reference().value()));
        assertThat(smsc.to("966509990002")).allMatch(s -> s.dataCoding() == 0x00);
    }

    @Test
    void whileTheSmsCentreIsUnreachableMessagesWaitAndGoOnceItIsBack() throws Exception {
        var person = person("+966509990003");
        var event = approved(person);
        smsc.stop();

        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 1);
        sender.sendDue();
        var waiting = decisionMessages(event.reference().value()).getFirst();
        assertThat(waiting.status()).isEqualTo(Status.PENDING);
        assertThat(waiting.failureReason()).contains("unreachable");
        assertThat(sender.sendDue()).as("backing off, not retrying at once").isZero();

        smsc = new TestSmsc(SMSC_PORT).start();
        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();

        assertThat(smsc.texts("966509990003")).hasSize(1);
        assertThat(outgoing.find(waiting.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void signingInWhileTheSmsCentreIsDownAnswersCalmlyAndTheCodeCanBeAskedForAgain() throws Exception {
        smsc.stop();
        var login = new ApiClient(port).post("/api/v1/auth/login", null,
                "{\"username\":\"1000000016\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
        assertThat(login.status()).isEqualTo(202);
        assertThat(login.text("challengeId")).isNotBlank();
    }

    @Test
    void aThrottledMessageBacksOffAndIsSentOnceAfterwards() {
        var person = person("+966509990004");
        var event = approved(person);
        smsc.throttleNext(1);

        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 1);
        sender.sendDue();
        var throttled = decisionMessages(event.reference().value()).getFirst();
        assertThat(throttled.status()).isEqualTo(Status.PENDING);
        assertThat(throttled.failureReason()).contains("ESME_RTHROTTLED");

        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        assertThat(smsc.texts("966509990004")).hasSize(1);
    }

    @Test
    void anInvalidNumberIsMarkedFailedWithItsReasonAndNeverRetried() {
        var refused = person("+999123456789");
        var malformed = person("+96650");
        var first = approved(refused);
        var second = approved(malformed);

        publish(first);
        publish(second);
        await().until(() -> decisionMessages(first.reference().value()).size() == 1
                && decisionMessages(second.reference().value()).size() == 1);
        sender.sendDue();
        clock.advance(Duration.ofHours(2));
        sender.sendDue();

        var byCentre = decisionMessages(first.reference().value()).getFirst();
        assertThat(byCentre.status()).isEqualTo(Status.FAILED);
        assertThat(byCentre.failureReason()).contains("ESME_RINVDSTADR");
        assertThat(byCentre.attempts()).isEqualTo(1);
        var byUs = decisionMessages(second.reference().value()).getFirst();
        assertThat(byUs.status()).isEqualTo(Status.FAILED);
        assertThat(byUs.failureReason()).contains("invalid mobile number");
        assertThat(outgoing.withStatus(Status.FAILED, 500)).extracting(OutgoingMessage::id)
                .contains(byCentre.id(), byUs.id());
    }

    @Test
    void aReceiptSayingTheHandsetNeverGotItMarksTheMessageUndeliveredForAdmins() {
        var person = person("+966599990006");
        var event = approved(person);
        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 1);

        sender.sendDue();

        await().untilAsserted(() -> {
            sender.sendDue();
            assertThat(decisionMessages(event.reference().value())).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(Status.UNDELIVERED);
                assertThat(m.failureReason()).isEqualTo("receipt UNDELIV err 001");
            });
        });
        assertThat(outgoing.withStatus(Status.UNDELIVERED, 500)).extracting(OutgoingMessage::caseReference)
                .contains(event.reference().value());
    }

    @Test
    void aSenderThatDiesAfterTheCentreTookTheMessageIsNotRepeatedByTheNodeThatTakesOver() {
        var person = person("+966509990005");
        var event = approved(person);
        publish(event);
        await().until(() -> decisionMessages(event.reference().value()).size() == 1);

        // a node claims the message, hands it over, records the part, and dies before marking it
        var now = clock.instant();
        var claimed = outgoing.claim("node-that-dies", now, now.plus(Duration.ofMinutes(1)), 500).messages().stream()
                .filter(m -> event.reference().value().equals(m.caseReference())).findFirst().orElseThrow();
        sms.send(new TextMessage(claimed.address(), person, claimed.body(), "notification:test"),
                id -> outgoing.recordPart(claimed.id(), id, now));
        assertThat(sender.sendDue()).as("the lease still holds").isZero();

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        assertThat(smsc.texts("966509990005")).hasSize(1);
        await().until(() -> {
            sender.sendDue();
            return outgoing.find(claimed.id()).orElseThrow().status() == Status.DELIVERED;
        });
        assertThat(smsc.texts("966509990005")).as("still once, after further rounds").hasSize(1);
    }

    /**
     * The case's messages about its decision. An ended case also asks how it went, but that question
     * waits hours ({@code satisfaction-after}), which the first test shows.
     */
    private List<OutgoingMessage> decisionMessages(String reference) {
        return outgoing.forCase(reference).stream().filter(m -> !"satisfaction-asked".equals(m.templateKey())).toList();
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static CaseStatusChanged approved(String person) {
        var reference = CaseReference.of("PSP", 2026, ThreadLocalRandom.current().nextLong(100_000, 999_999));
        return new CaseStatusChanged(reference, "passport-renewal", person, "confirm", "PENDING_REVIEW", "APPROVED",
                "REVIEWER", null, Instant.parse("2026-11-23T08:00:00Z"));
    }

    /** A person of this test alone, so messages other tests queue never mix in. */
    private String person(String mobile) {
        var id = "19" + ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999);
        jdbc.sql("""
                        INSERT INTO accounts (username, national_id, display_name_ar, display_name_en, password_hash,
                                              roles, department, mobile, enabled)
                        VALUES (:id, :id, 'سلمان بن فهد العنزي', 'Salman bin Fahd Al-Anazi', '-', 'APPLICANT', NULL,
                                :mobile, TRUE)""")
                .param("id", id).param("mobile", mobile).update();
        return id;
    }

    /** The text of the first part of this type, however deep the multipart nesting. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) return (String) part.getContent();
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = part(multipart.getBodyPart(i), type);
                if (!found.isEmpty()) return found;
            }
        }
        return "";
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
