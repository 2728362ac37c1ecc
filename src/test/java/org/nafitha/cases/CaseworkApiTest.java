package org.nafitha.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Decisions on cases by staff: four eyes, optimistic locking, requests for information, audit. */
@NafithaTest
class CaseworkApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String submittedCase() {
        var citizen = api.login("1000000016");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        var upload = api.upload("/api/v1/applications/" + reference + "/documents", citizen, "photo", "p.jpg",
                TestImages.portrait("jpg"), "image/jpeg");
        assertThat(upload.status()).isEqualTo(201);
        return reference;
    }

    private ApiClient.Response decide(String token, String reference, String body) {
        return api.post("/api/v1/staff/cases/" + reference + "/decisions", token, body);
    }

    /** Which modules' listeners got an outbox entry for this case's events, as "event listener" pairs. */
    private List<String> outboxEntries(String reference) {
        return jdbc.sql("SELECT event_type, listener_id FROM event_publication WHERE serialized_event LIKE :ref")
                .param("ref", "%\"" + reference + "\"%")
                .query((rs, n) -> rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1) + " "
                        + rs.getString(2).replaceAll(".*\\.([A-Za-z]+)\\.on\\(.*", "$1"))
                .list();
    }

    @Test
    void aListenerWithNothingToDoForAStepGetsNoOutboxEntryForIt() {
        var reference = submittedCase();
        var entries = outboxEntries(reference);
        assertThat(entries).as("a case that does not wait for its fee gives payments nothing to open")
                .contains("CaseSubmitted CaseNotifications", "CaseSubmitted RecordingCaseEvents")
                .doesNotContain("CaseSubmitted OpeningFeeDues");
        assertThat(entries).as("completing the documents is a step the applicant is not told of")
                .doesNotContain("CaseStatusChanged CaseNotifications");

        assertThat(decide(api.login("head1"), reference, "{\"action\":\"approve\"}").status()).isEqualTo(200);
        assertThat(outboxEntries(reference)).as("approved by one, not yet confirmed: nothing to issue")
                .contains("CaseStatusChanged CaseNotifications").doesNotContain("CaseStatusChanged IssuingDocuments");
        assertThat(decide(api.login("reviewer1"), reference, "{\"action\":\"confirm\"}").status()).isEqualTo(200);
        assertThat(outboxEntries(reference)).as("confirmed: the passport is issued")
                .contains("CaseStatusChanged IssuingDocuments")
                .doesNotContain("CaseStatusChanged OpeningFeeDues");
    }

    @Test
    void whoeverApprovedCannotAlsoConfirm() {
        var reference = submittedCase();
        var head = api.login("head1");
        assertThat(decide(head, reference, "{\"action\":\"approve\"}").status()).isEqualTo(200);
        var own = decide(head, reference, "{\"action\":\"confirm\"}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.text("code")).isEqualTo("cases.refusal.FOUR_EYES");
        assertThat(decide(api.login("reviewer1"), reference, "{\"action\":\"confirm\"}").status()).isEqualTo(200);
    }

    @Test
    void twoOfficersActingOnTheSameVersionAtOnceOneWinsTheOtherIsToldOfTheConflict() throws Exception {
        var reference = submittedCase();
        // The officer holding the case and the head (who may act on any case of the department).
        var officer1 = api.login(Assignees.of(jdbc, reference));
        var officer2 = api.login("head1");
        var version = api.get("/api/v1/staff/cases/" + reference, officer1).body().path("version").asInt();
        List<Callable<ApiClient.Response>> both = List.of(
                () -> decide(officer1, reference, "{\"action\":\"approve\",\"version\":" + version + "}"),
                () -> decide(officer2, reference, "{\"action\":\"reject\",\"reason\":\"photo-not-compliant\",\"note\":\"الصورة غير واضحة\",\"version\":" + version + "}"));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var statuses = pool.invokeAll(both).stream().map(f -> {
                try {
                    return f.get().status();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        var timeline = api.get("/api/v1/staff/cases/" + reference, officer1).body().path("timeline");
        assertThat(timeline.findValuesAsString("action")).containsExactly("submit", "complete",
                timeline.get(2).path("action").asString());
    }

    @Test
    void officerAsksForInformationApplicantAnswersAndTheCaseReturnsToTheQueue() {
        var reference = submittedCase();
        var officer = api.login(Assignees.of(jdbc, reference));
        assertThat(decide(officer, reference, "{\"action\":\"request-info\"}").text("code"))
                .isEqualTo("cases.refusal.REASON_CODE_REQUIRED");
        var asked = decide(officer, reference,
                "{\"action\":\"request-info\",\"reason\":\"photo-not-compliant\",\"note\":\"أرفق صورة بخلفية بيضاء\"}");
        assertThat(asked.text("status")).isEqualTo("INFO_REQUESTED");

        var citizen = api.login("1000000016");
        var stranger = api.login("1000000008");
        assertThat(api.post("/api/v1/applications/" + reference + "/information", stranger,
                "{\"note\":\"ليس طلبي\"}").status()).isEqualTo(404);
        var answered = api.post("/api/v1/applications/" + reference + "/information", citizen,
                "{\"note\":\"أرفقت صورة جديدة بخلفية بيضاء\"}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("SUBMITTED");
        var mine = api.get("/api/v1/applications/" + reference, citizen);
        assertThat(mine.body().path("timeline").findValuesAsString("note"))
                .contains("أرفق صورة بخلفية بيضاء", "أرفقت صورة جديدة بخلفية بيضاء");
        assertThat(api.get("/api/v1/staff/queue", officer).body().findValuesAsString("reference")).contains(reference);
    }

    @Test
    void citizensCannotDecideAndStaffCannotTakeStepsOutOfOrder() {
        var reference = submittedCase();
        var citizen = api.login("1000000016");
        assertThat(decide(citizen, reference, "{\"action\":\"approve\"}").status()).isEqualTo(403);
        var reviewer = api.login("reviewer1");
        var early = decide(reviewer, reference, "{\"action\":\"confirm\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("cases.refusal.NOT_ALLOWED_IN_STATE");
        assertThat(decide(reviewer, reference, "{\"action\":\"approve\"}").text("code"))
                .isEqualTo("cases.refusal.ROLE_NOT_PERMITTED");
        assertThat(decide(reviewer, reference, "{\"action\":\"teleport\"}").status()).isEqualTo(422);
    }

    @Test
    void everyStateChangeAndEveryStaffReadIsInTheAuditTrailWithItsClientAddress() {
        var reference = submittedCase();
        var officer = api.login(Assignees.of(jdbc, reference));
        api.get("/api/v1/staff/cases/" + reference, officer);
        decide(officer, reference, "{\"action\":\"approve\"}");
        var actions = jdbc.sql("SELECT action FROM audit_log WHERE case_reference = :ref ORDER BY id")
                .param("ref", reference).query(String.class).list();
        assertThat(actions).containsExactly("case.submit", "case.complete", "case.assign", "case.read", "case.approve",
                "case.assign");
        var addresses = jdbc.sql("SELECT DISTINCT client_address FROM audit_log WHERE case_reference = :ref")
                .param("ref", reference).query(String.class).list();
        assertThat(addresses).allMatch(a -> a != null && !a.isBlank());
        var hashes = jdbc.sql("SELECT leaf_hash FROM audit_log WHERE case_reference = :ref")
                .param("ref", reference).query(String.class).list();
        assertThat(hashes).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }
}
