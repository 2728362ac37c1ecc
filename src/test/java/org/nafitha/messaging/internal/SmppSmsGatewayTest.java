package org.nafitha.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.messaging.SmsDeliveryReported;
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.SmsText;
import org.nafitha.messaging.TestSmsc;
import org.nafitha.messaging.TextMessage;

/** The SMPP gateway against a real jSMPP server session acting as the operator's SMS centre. */
class SmppSmsGatewayTest {

    static final String MOBILE = "+966501234567";
    static final String ARABIC_200 = ("نافذة: تمت الموافقة على طلب تجديد جواز السفر رقم PSP-2026-000123-7، "
            + "ويمكنك استلام الجواز من مكتب الجوازات في حي العليا بالرياض يوم الأحد القادم بعد الساعة التاسعة صباحًا. "
            + "لا تنس إحضار الهوية الوطنية الأصلية معك").substring(0, 200);

    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (var c : closing) c.close();
    }

    @Test
    void anArabicMessageOf200CharactersGoesAsThreeUcs2PartsThatReassembleToTheOriginal() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 100);

        var sent = gateway.send(new TextMessage(MOBILE, "1000000008", ARABIC_200, "test"));

        assertThat(ARABIC_200).hasSize(200);
        assertThat(sent.messageIds()).hasSize(3);
        var parts = smsc.to("966501234567");
        assertThat(parts).hasSize(3).allSatisfy(part -> {
            assertThat(part.dataCoding()).isEqualTo((byte) 0x08);
            assertThat(part.esmClass() & 0x40).isEqualTo(0x40);
            assertThat(part.message().length - 6).isLessThanOrEqualTo(67 * 2);
        });
        assertThat(parts).extracting(p -> p.message()[5]).containsExactly((byte) 1, (byte) 2, (byte) 3);
        assertThat(parts).extracting(p -> p.message()[3]).containsOnly(parts.getFirst().message()[3]);
        assertThat(smsc.texts("966501234567")).containsExactly(ARABIC_200);
    }

    @Test
    void aShortArabicMessageIsOneUcs2PartAndEnglishGoesInTheGsmAlphabet() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 100);

        gateway.send(new TextMessage(MOBILE, "1000000008", "رمزك ١٢٣٤٥٦", "test"));
        gateway.send(new TextMessage("+966501234568", "1000000008", "Your code is 123456 {valid 5 min}", "test"));

        var arabic = smsc.to("966501234567").getFirst();
        assertThat(arabic.dataCoding()).isEqualTo((byte) 0x08);
        assertThat(arabic.esmClass() & 0x40).isZero();
        var english = smsc.to("966501234568").getFirst();
        assertThat(english.dataCoding()).isEqualTo((byte) 0x00);
        assertThat(smsc.texts("966501234568")).containsExactly("Your code is 123456 {valid 5 min}");
    }

    @Test
    void deliveryReceiptsComeBackAsEventsWithTheIdsTheCentreGave() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 100);

        var sent = gateway.send(new TextMessage(MOBILE, "1000000008", ARABIC_200, "test"));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 3);
        assertThat(events).map(e -> ((SmsDeliveryReported) e).messageId())
                .containsExactlyInAnyOrderElementsOf(sent.messageIds());
        assertThat(events).allMatch(e -> ((SmsDeliveryReported) e).delivered());
    }

    @Test
    void aThrottledFirstPartIsATemporaryRefusalAndAnInvalidNumberAPermanentOne() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 100);

        smsc.throttleNext(1);
        assertThatThrownBy(() -> gateway.send(new TextMessage(MOBILE, "x", "hello", "test")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> {
                    assertThat(e.temporary()).isTrue();
                    assertThat(e.reason()).contains("ESME_RTHROTTLED");
                });
        assertThatThrownBy(() -> gateway.send(new TextMessage("+999123456789", "x", "hello", "test")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.temporary()).isFalse());
        assertThatThrownBy(() -> gateway.send(new TextMessage("05x", "x", "hello", "test")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.temporary()).isFalse());
        assertThat(smsc.submitted()).isEmpty();
    }

    @Test
    void aThrottledLaterPartIsRetriedInPlaceSoEarlierPartsAreNotRepeated() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 100);
        var accepted = new ArrayList<String>();

        gateway.send(new TextMessage(MOBILE, "x", ARABIC_200, "test"), id -> {
            accepted.add(id);
            if (accepted.size() == 1) smsc.throttleNext(2);
        });

        assertThat(smsc.to("966501234567")).hasSize(3);
        assertThat(smsc.texts("966501234567")).containsExactly(ARABIC_200);
    }

    @Test
    void anUnreachableCentreIsATemporaryFailureAndTheGatewayBindsWhenItComesBack() throws Exception {
        var port = TestSmsc.freePort();
        var gateway = gateway(port, 100);

        assertThatThrownBy(() -> gateway.send(new TextMessage(MOBILE, "x", "hello", "test")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.temporary()).isTrue());

        var smsc = new TestSmsc(port).start();
        closing.add(smsc);
        gateway.send(new TextMessage(MOBILE, "x", "hello", "test"));
        assertThat(smsc.texts("966501234567")).containsExactly("hello");
    }

    @Test
    void aLostBindIsReestablishedInTheBackground() throws Exception {
        var port = TestSmsc.freePort();
        var smsc = new TestSmsc(port).start();
        var gateway = gateway(port, 100);
        gateway.send(new TextMessage(MOBILE, "x", "before", "test"));
        smsc.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.isBound());

        var again = new TestSmsc(port).start();
        closing.add(again);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            gateway.keepBound();
            return gateway.isBound();
        });
        gateway.send(new TextMessage(MOBILE, "x", "after", "test"));
        assertThat(again.texts("966501234567")).containsExactly("after");
    }

    @Test
    void theSendingRateHoldsToTheConfiguredMessagesPerSecond() throws Exception {
        var smsc = smsc();
        var gateway = gateway(smsc.port(), 5);
        var started = System.nanoTime();

        for (int i = 0; i < 11; i++) gateway.send(new TextMessage(MOBILE, "x", "message " + i, "test"));

        // 11 messages at 5 per second need at least two full windows after the first five
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(smsc.to("966501234567")).hasSize(11);
    }

    @Test
    void segmentsAreCountedAsTheNetworkCountsThem() {
        assertThat(SmsText.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsText.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsText.of("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsText.of("€".repeat(81)).segments()).isEqualTo(2);
        assertThat(SmsText.of("ب".repeat(70)).encoding()).isEqualTo(SmsText.Encoding.UCS_2);
        assertThat(SmsText.of("ب".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsText.of("ب".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsText.of(ARABIC_200).parts()).extracting(String::length).containsExactly(67, 67, 66);
    }

    private TestSmsc smsc() throws Exception {
        var smsc = new TestSmsc(TestSmsc.freePort()).start();
        closing.add(smsc);
        return smsc;
    }

    private SmppSmsGateway gateway(int port, int rate) {
        var properties = new SmppProperties("127.0.0.1", port, "nafitha", "secret", "", "Nafitha", rate,
                Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(1), 3, Duration.ofMillis(50), 4);
        var gateway = new SmppSmsGateway(properties, events::add, Clock.systemUTC());
        closing.add(gateway::destroy);
        return gateway;
    }
}
