package org.nafitha.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nafitha.detention.DetentionFixtures.MALAZ_HEAD;
import static org.nafitha.detention.DetentionFixtures.MALAZ_OFFICER;
import static org.nafitha.detention.DetentionFixtures.MALAZ_SECURITY;
import static org.nafitha.detention.DetentionFixtures.MALAZ_SOCIAL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.Calendars;
import org.nafitha.detention.internal.DecidingRequests;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.Facilities;
import org.nafitha.identity.Role;
import org.nafitha.notifications.internal.NotificationSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Families' requests through the API: the limits kept as data, clear refusals, decisions with four eyes. */
@NafithaTest
class DetentionRequestsApiTest {

    private static final String FAHD_FILE = "MLZ-1446-00213";
    private static final String INVITATION = Base64.getEncoder().encodeToString("%PDF-1.4 دعوة زواج".getBytes());

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Facilities facilities;
    @Autowired
    DecidingRequests deciding;
    @Autowired
    DetentionRequests requests;
    @Autowired
    Calendars calendars;
    @Autowired
    NotificationSender sender;
    @Autowired
    Clock clock;
    ApiClient api;
    String brother;
    UUID fahd;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        brother = api.login("1000000008");
        fahd = DetentionFixtures.detainee(jdbc, FAHD_FILE);
    }

    private ApiClient.Response ask(String token, UUID detainee, String body) {
        return api.post("/api/v1/detainees/" + detainee + "/requests", token, body,
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
    }

    @Test
    void aVisitOnABlackoutDayOrNotAVisitingDayIsRefusedWithAClearMessage() {
        var today = calendars.today(clock);
        var closed = facilities.blackouts("ruh-malaz", today).getFirst().day();
        var refused = ask(brother, fahd, "{\"type\":\"VISIT\",\"date\":\"" + closed + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("detention.BLACKOUT_DAY");
        assertThat(refused.text("detail")).isEqualTo("There are no visits at this facility on that day. Choose another day.");
        var sunday = today.plusDays(7 + (7 - today.getDayOfWeek().getValue()) % 7);
        assertThat(ask(brother, fahd, "{\"type\":\"VISIT\",\"date\":\"" + sunday + "\"}").text("code"))
                .isEqualTo("detention.NOT_A_VISITING_DAY");
    }

    @Test
    void theFifthVisitOfAMonthIsOverTheQuota() {
        var month = YearMonth.from(calendars.today(clock)).plusMonths(3);
        var taken = new HashSet<LocalDate>();
        for (int i = 0; i < 4; i++) {
            var day = DetentionFixtures.malazVisitDay(month.atDay(1), taken);
            taken.add(day);
            var booked = ask(brother, fahd, "{\"type\":\"VISIT\",\"date\":\"" + day + "\"}");
            assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
            assertThat(booked.text("reference")).startsWith("TWS-");
            assertThat(booked.text("status")).isEqualTo("SUBMITTED");
        }
        var fifth = ask(brother, fahd, "{\"type\":\"VISIT\",\"date\":\"" + DetentionFixtures.malazVisitDay(month.atDay(1), taken) + "\"}");
        assertThat(fifth.status()).isEqualTo(422);
        assertThat(fifth.text("code")).isEqualTo("detention.QUOTA_REACHED");
    }

    @Test
    void eightRelativesRacingForFourVisitsGetFourAndNoMore() throws Exception {
        var month = YearMonth.from(calendars.today(clock)).plusMonths(5);
        var days = new ArrayList<LocalDate>();
        for (int i = 0; i < 8; i++) days.add(DetentionFixtures.malazVisitDay(month.atDay(1), Set.copyOf(days)));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var day : days) answers.add(pool.submit(() -> {
                start.await();
                return ask(brother, fahd, "{\"type\":\"VISIT\",\"date\":\"" + day + "\"}").status();
            }));
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) statuses.add(answer.get(60, TimeUnit.SECONDS));
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noVisitWhileUnderInvestigation() {
        var sultan = DetentionFixtures.detainee(jdbc, "BRM-1447-00042");
        jdbc.sql("""
                        INSERT INTO detention_contacts (id, detainee_id, person, name, relation, status, proposed_by,
                            decided_by, created_at, version)
                        VALUES (:id, :d, '1000000008', 'أحمد بن علي الزهراني', 'LAWYER', 'APPROVED', 'prison-officer-jed',
                            'prison-head-jed', CURRENT_TIMESTAMP, 0)""")
                .param("id", UUID.randomUUID()).param("d", sultan).update();
        try {
            var friday = DetentionFixtures.malazVisitDay(calendars.today(clock).plusDays(2), Set.of());
            var refused = ask(brother, sultan, "{\"type\":\"VISIT\",\"date\":\"" + friday + "\"}");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text("code")).isEqualTo("detention.VISITS_NOT_ALLOWED");
        } finally {
            jdbc.sql("DELETE FROM detention_contacts WHERE detainee_id = :d AND person = '1000000008'").param("d", sultan).update();
        }
    }

    @Test
    void aDepositAboveTheMonthlyCapOrFromSomeoneWhoIsNotAContactIsRefused() {
        var above = ask(brother, fahd, "{\"type\":\"DEPOSIT\",\"amount\":\"1500.01\"}");
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.text("code")).isEqualTo("detention.DEPOSIT_CAP");
        var stranger = ask(api.login("1000000016"), fahd, "{\"type\":\"DEPOSIT\",\"amount\":\"100\"}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.text("code")).isEqualTo("detention.NOT_FOUND");
        assertThat(ask(brother, fahd, "{\"type\":\"DEPOSIT\",\"amount\":\"abc\"}").text("code")).isEqualTo("detention.BAD_TYPE");
    }

    @Test
    void aDepositIsCheckedBySecurityBeforeItIsCreditedAndTheSameKeyGivesTheSameRequest() {
        var key = UUID.randomUUID().toString();
        var first = api.post("/api/v1/detainees/" + fahd + "/requests", brother, "{\"type\":\"DEPOSIT\",\"amount\":\"٢٠٠\"}",
                "Idempotency-Key", key);
        var again = api.post("/api/v1/detainees/" + fahd + "/requests", brother, "{\"type\":\"DEPOSIT\",\"amount\":\"٢٠٠\"}",
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.text("reference")).isEqualTo(first.text("reference"));
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(requests.find(first.text("reference")).orElseThrow().amountMinor()).isEqualTo(20_000L);
        assertThat(deciding.decide(MALAZ_OFFICER, first.text("reference"), true, null))
                .contains(DetentionError.NOT_YOUR_DECISION);
        assertThat(deciding.decide(MALAZ_SECURITY, first.text("reference"), true, null)).isEmpty();
        assertThat(requests.find(first.text("reference")).orElseThrow().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(requests.find(first.text("reference")).orElseThrow().awaitingPayment()).isTrue();
    }

    @Test
    void anApprovedDepositIsOwedByTheFamilyAndCreditedOnceTheGatewayConfirmsThePayment() throws Exception {
        var asked = ask(brother, fahd, "{\"type\":\"DEPOSIT\",\"amount\":\"75.50\"}");
        assertThat(asked.status()).isEqualTo(201);
        var reference = asked.text("reference");
        assertThat(api.get("/api/v1/payments/due", brother).body().findValuesAsString("reference"))
                .as("nothing is owed before security approves").doesNotContain(reference);
        assertThat(deciding.decide(MALAZ_SECURITY, reference, true, null)).isEmpty();

        var due = api.get("/api/v1/payments/due", brother).body().valueStream()
                .filter(d -> d.path("reference").asString().equals(reference)).findFirst().orElseThrow();
        assertThat(due.path("kind").asString()).isEqualTo("DEPOSIT");
        assertThat(due.toString()).contains("75.50");
        var charge = api.post("/api/v1/payments", brother, "{\"items\":[\"" + due.path("id").asString() + "\"]}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(charge.status()).as(charge.raw().body()).isEqualTo(201);
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(charge.text("redirectUrl")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("cardNumber=4111111111111111")).build(),
                HttpResponse.BodyHandlers.discarding());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                requests.find(reference).orElseThrow().creditedAt() != null);
        var credited = requests.find(reference).orElseThrow();
        assertThat(credited.awaitingPayment()).isFalse();
        assertThat(api.get("/api/v1/payments/due", brother).body().findValuesAsString("reference")).doesNotContain(reference);
        assertThat(requests.credit(reference, Instant.now())).as("credited once").isFalse();
    }

    @Test
    void aReleaseWithoutItsDocumentIsRefusedNamingEveryMissingField() {
        var refused = ask(brother, fahd, "{\"type\":\"TEMPORARY_RELEASE\",\"details\":\"زواج ابنته\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").valueStream().map(e -> e.path("code").asString()))
                .containsExactly("detention.DATE_REQUIRED", "detention.OCCASION_REQUIRED", "detention.DOCUMENT_REQUIRED");
        assertThat(ask(brother, fahd, "{\"type\":\"ASSISTANCE\"}").text("code")).isEqualTo("detention.DETAILS_REQUIRED");
        assertThat(api.post("/api/v1/detainees/" + fahd + "/requests", brother, "{\"type\":\"ASSISTANCE\",\"details\":\"x\"}")
                .text("code")).isEqualTo("detention.IDEMPOTENCY_KEY_REQUIRED");
    }

    @Test
    void aTemporaryReleaseIsDecidedByTwoPeopleAndTheBrotherIsTextedEachTime() {
        var wedding = calendars.today(clock).plusDays(30);
        var asked = ask(brother, fahd, "{\"type\":\"TEMPORARY_RELEASE\",\"date\":\"" + wedding
                + "\",\"occasion\":\"WEDDING\",\"details\":\"زواج أخيه الأصغر\",\"documentName\":\"invitation.pdf\",\"document\":\""
                + INVITATION + "\"}");
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(201);
        var reference = asked.text("reference");
        assertThat(deciding.decide(MALAZ_SECURITY, reference, true, "حسن السيرة")).contains(DetentionError.NOT_YOUR_DECISION);
        assertThat(deciding.decide(MALAZ_SOCIAL, reference, true, "")).contains(DetentionError.REASON_REQUIRED);
        assertThat(deciding.decide(MALAZ_SOCIAL, reference, true, "حسن السيرة والدعوة موثقة")).isEmpty();
        assertThat(requests.find(reference).orElseThrow().status()).isEqualTo(RequestStatus.PROPOSED);
        var socialAsHead = DetentionFixtures.staff("prison-social1", Role.PRISON_HEAD, "ruh-malaz");
        assertThat(deciding.decide(socialAsHead, reference, true, "موافق")).contains(DetentionError.FOUR_EYES);
        assertThat(deciding.decide(MALAZ_HEAD, reference, true, "يُفرج عنه يوم الزواج مع مرافق")).isEmpty();
        assertThat(requests.find(reference).orElseThrow().status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(deciding.decide(MALAZ_HEAD, reference, false, "تراجع")).contains(DetentionError.ALREADY_DECIDED);
        // The sender is off in the shared test context; the listener has written the SMS, this hands it over.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            sender.sendDue(); // the sender is off in the shared test context: hand over what the listener wrote
            assertThat(texts("1000000008")).filteredOn(t -> t.contains(reference))
                    .anySatisfy(t -> assertThat(t).contains("مقبول"))
                    .anySatisfy(t -> assertThat(t).contains("بانتظار اعتماد المدير"));
        });
    }

    private List<String> texts(String account) {
        return api.get("/api/v1/dev/outbox?to=" + account, null).body().valueStream()
                .map(m -> m.path("text").asString()).toList();
    }
}
