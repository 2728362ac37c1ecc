package org.nafitha.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.TestImages;
import org.nafitha.cases.internal.CaseAssignments;
import org.nafitha.cases.internal.Cases;
import org.nafitha.cases.internal.ServiceLevelClock;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of the case engine as staff and applicants meet them through the API. */
@NafithaTest
class CaseEngineTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ServiceLevelClock deadlines;
    @Autowired
    Cases cases;
    @Autowired
    CaseAssignments caseAssignments;
    @Autowired
    SubmittingCases submitting;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String licenceRenewal(String citizen) {
        var created = api.post("/api/v1/applications", api.login(citizen), """
                        {"serviceCode":"driving-licence-renewal","fields":{"licenceKind":"private","renewalYears":"10",
                         "medicalCheckNumber":"٥٠٠٢٦١١٢٣٤","mobile":"0501234567"}}""",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("reference");
    }

    /** A passport renewal with its photo, in the officers' hands (two passports officers: a real draw). */
    private String passportCase() {
        var citizen = api.login("1000000016");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        assertThat(api.upload("/api/v1/applications/" + reference + "/documents", citizen, "photo", "p.jpg",
                TestImages.portrait("jpg"), "image/jpeg").status()).isEqualTo(201);
        return reference;
    }

    private ApiClient.Response decide(String who, String reference, String body) {
        return api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login(who), body);
    }

    @Test
    void aNewCaseIsDrawnToAnOfficerAndTheRecordedDrawVerifies() {
        var reference = licenceRenewal("1000000008");
        var assignments = caseAssignments.assignments(new CaseReference(reference));
        assertThat(assignments).singleElement().satisfies(a -> {
            assertThat(a.assignee()).isEqualTo("traffic1");
            assertThat(a.candidates()).isEqualTo("traffic1:" + a.candidates().split(":")[1]);
            assertThat(a.verifies()).isTrue();
        });
        assertThat(Assignees.of(jdbc, reference)).isEqualTo("traffic1");
        var audit = jdbc.sql("SELECT actor_role FROM audit_log WHERE case_reference = :r AND action = 'case.assign'")
                .param("r", reference).query(String.class).list();
        assertThat(audit).containsExactly("SYSTEM");
    }

    @Test
    void onlyTheAssignedOfficerOrTheHeadMayActOnAPassportCase() {
        var reference = passportCase();
        var holder = Assignees.of(jdbc, reference);
        var other = holder.equals("officer1") ? "officer2" : "officer1";
        var refused = decide(other, reference, "{\"action\":\"approve\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("cases.refusal.NOT_ASSIGNED");
        assertThat(decide(holder, reference, "{\"action\":\"approve\"}").text("status")).isEqualTo("PENDING_REVIEW");
        // Four eyes: the reviewer is drawn among those who did not approve.
        assertThat(Assignees.of(jdbc, reference)).isEqualTo("reviewer1");
    }

    @Test
    void aRefusalMustNameOneOfTheServicesReasonsWhichTheApplicantThenReads() {
        var reference = licenceRenewal("1000000016");
        var bare = decide("traffic1", reference, "{\"action\":\"reject\",\"note\":\"لا\"}");
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.text("code")).isEqualTo("cases.refusal.REASON_CODE_REQUIRED");
        var unknown = decide("traffic1", reference, "{\"action\":\"reject\",\"reason\":\"bad-mood\"}");
        assertThat(unknown.text("code")).isEqualTo("cases.refusal.UNKNOWN_REASON");
        var rejected = decide("traffic1", reference,
                "{\"action\":\"reject\",\"reason\":\"unpaid-violations\",\"note\":\"مخالفتان بتاريخ ١٤٤٨/٣/٢\"}");
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        var seen = api.get("/api/v1/applications/" + reference, api.login("1000000016"));
        assertThat(seen.body().path("timeline").findValuesAsString("reason")).contains("unpaid-violations");
        assertThat(jdbc.sql("SELECT assignee FROM cases WHERE reference = :r").param("r", reference)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void aStepThatIsNotPossibleNowIsRefusedWith409NamingTheStepsThatAre() {
        var reference = licenceRenewal("1000000008");
        var wrong = decide("traffic1", reference, "{\"action\":\"provide-info\",\"note\":\"x\"}");
        assertThat(wrong.status()).isEqualTo(409);
        var confirm = decide("traffic1", reference, "{\"action\":\"confirm\"}");
        assertThat(confirm.status()).isEqualTo(422);
        assertThat(confirm.body().path("allowed").toString()).contains("approve", "reject", "request-info");
        decide("traffic1", reference, "{\"action\":\"approve\"}");
        var again = decide("traffic1", reference, "{\"action\":\"approve\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("cases.refusal.NOT_ALLOWED_IN_STATE");
    }

    @Test
    void theClockPausesWhileTheApplicantAnswersAndResumesWithWhatWasLeft() {
        var reference = licenceRenewal("1000000008");
        var due = dueAt(reference);
        assertThat(due).isNotNull();
        clock.advance(Duration.ofHours(4));
        decide("traffic1", reference, "{\"action\":\"request-info\",\"reason\":\"medical-missing\"}");
        assertThat(dueAt(reference)).isNull();
        clock.advance(Duration.ofDays(5));
        var answered = api.post("/api/v1/applications/" + reference + "/information", api.login("1000000008"),
                "{\"note\":\"رقم الفحص الجديد ٥٠٠٢٦١١٩٩٩\"}");
        assertThat(answered.text("status")).isEqualTo("SUBMITTED");
        var resumed = dueAt(reference);
        // About 20 of the 24 hours were left when the case went to the applicant.
        assertThat(Duration.between(clock.instant(), resumed).toHours()).isBetween(19L, 20L);
        assertThat(Assignees.of(jdbc, reference)).isEqualTo("traffic1");
    }

    @Test
    void aLateCaseIsEscalatedOnceEvenWithSeveralNodesCheckingAtOnceAndTheHeadIsTold() throws Exception {
        var reference = licenceRenewal("1000000016");
        clock.advance(Duration.ofHours(25));
        Callable<Integer> node = deadlines::escalateOverdue;
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (var f : pool.invokeAll(List.of(node, node, node))) f.get();
        }
        var escalations = jdbc.sql("SELECT COUNT(*) FROM case_timeline WHERE case_reference = :r AND action = 'escalate'")
                .param("r", reference).query(Integer.class).single();
        assertThat(escalations).isEqualTo(1);
        assertThat(deadlines.escalateOverdue()).isZero();
        var headMessages = jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = 'traffic-head' AND case_reference = :r
                        AND message_key = 'notifications.case.escalated'""")
                .param("r", reference);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> headMessages.query(Integer.class).single() == 1);
        var team = api.get("/api/v1/staff/queue", api.login("traffic1")).body();
        assertThat(team.toString()).contains(reference);
        for (var item : team) {
            if (item.path("reference").asString().equals(reference)) assertThat(item.path("late").asBoolean()).isTrue();
        }
    }

    @Test
    void anAppealIsANewLinkedCaseThatWhoeverRefusedCannotDecide() {
        var reference = licenceRenewal("1000000008");
        decide("traffic1", reference, "{\"action\":\"reject\",\"reason\":\"medical-missing\"}");
        var citizen = api.login("1000000008");
        var noKey = api.post("/api/v1/applications/" + reference + "/appeals", citizen, "{\"grounds\":\"أجريت الفحص الطبي\"}");
        assertThat(noKey.status()).isEqualTo(400);
        var short_ = api.post("/api/v1/applications/" + reference + "/appeals", citizen, "{\"grounds\":\"لا\"}",
                "Idempotency-Key", "a1");
        assertThat(short_.status()).isEqualTo(422);
        var appealed = api.post("/api/v1/applications/" + reference + "/appeals", citizen,
                "{\"grounds\":\"أجريت الفحص الطبي في مستشفى الملك فهد ورقمه مرفق\"}", "Idempotency-Key", "a2");
        assertThat(appealed.status()).isEqualTo(201);
        var appeal = appealed.text("reference");
        var twice = api.post("/api/v1/applications/" + reference + "/appeals", citizen,
                "{\"grounds\":\"أجريت الفحص الطبي في مستشفى الملك فهد ورقمه مرفق\"}", "Idempotency-Key", "a3");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.text("reference")).isEqualTo(appeal);
        assertThat(jdbc.sql("SELECT appeal_of FROM cases WHERE reference = :r").param("r", appeal)
                .query(String.class).single()).isEqualTo(reference);
        // traffic1 refused the case: nobody else is an officer there, so the appeal waits for the head.
        assertThat(jdbc.sql("SELECT assignee FROM cases WHERE reference = :r").param("r", appeal)
                .query(String.class).optional()).isEmpty();
        var own = decide("traffic1", appeal, "{\"action\":\"approve\"}");
        assertThat(own.text("code")).isEqualTo("cases.refusal.FIRST_DECISION_MAKER");
        assertThat(decide("traffic-head", appeal, "{\"action\":\"approve\"}").text("status")).isEqualTo("APPROVED");
        var approvedCase = api.post("/api/v1/applications/" + appeal + "/appeals", citizen,
                "{\"grounds\":\"أريد التظلم مرة أخرى من القبول\"}", "Idempotency-Key", "a4");
        assertThat(approvedCase.status()).isEqualTo(409);
    }

    @Test
    void onlyAHeadReassignsWithAReasonToSomeoneWhoCanWorkTheCase() {
        var reference = passportCase();
        var holder = Assignees.of(jdbc, reference);
        var other = holder.equals("officer1") ? "officer2" : "officer1";
        var path = "/api/v1/staff/cases/" + reference + "/assignee";
        assertThat(put(path, holder, "{\"assignee\":\"" + other + "\",\"reason\":\"إجازة\"}").status()).isEqualTo(403);
        assertThat(put(path, "head1", "{\"assignee\":\"" + other + "\",\"reason\":\" \"}").text("code"))
                .isEqualTo("cases.refusal.REASON_REQUIRED");
        assertThat(put(path, "head1", "{\"assignee\":\"reviewer1\",\"reason\":\"توزيع\"}").text("code"))
                .isEqualTo("cases.refusal.NOT_ELIGIBLE");
        assertThat(put(path, "head1", "{\"assignee\":\"" + other + "\",\"reason\":\"الموظف في إجازة\"}").status())
                .isEqualTo(204);
        assertThat(Assignees.of(jdbc, reference)).isEqualTo(other);
        assertThat(caseAssignments.assignments(new CaseReference(reference)).getLast().reason()).isEqualTo("الموظف في إجازة");
        var urgentPath = "/api/v1/staff/cases/" + reference + "/urgent";
        assertThat(put(urgentPath, other, "{\"reason\":\"\"}").status()).isEqualTo(422);
        assertThat(put(urgentPath, other, "{\"reason\":\"سفر علاجي خلال ثلاثة أيام\"}").status()).isEqualTo(204);
        var queue = api.get("/api/v1/staff/queue", api.login(other)).body();
        assertThat(queue.get(0).path("reference").asString()).isEqualTo(reference);
        assertThat(jdbc.sql("SELECT urgent_by FROM cases WHERE reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo(other);
    }

    @Test
    void internalNotesStayWithStaffWhileMessagesReachTheApplicant() {
        var reference = licenceRenewal("1000000016");
        var officer = api.login("traffic1");
        var notes = "/api/v1/staff/cases/" + reference + "/notes";
        assertThat(api.post(notes, officer, "{\"body\":\"  \",\"internal\":true}").status()).isEqualTo(422);
        assertThat(api.post(notes, officer, "{\"body\":\"اتصلت بالمركز الطبي للتأكد\",\"internal\":true}").status())
                .isEqualTo(201);
        assertThat(api.post(notes, officer, "{\"body\":\"نراجع الفحص الطبي مع المركز\",\"internal\":false}").status())
                .isEqualTo(201);
        assertThat(api.post(notes, api.login("1000000016"), "{\"body\":\"x\",\"internal\":true}").status())
                .isEqualTo(403);
        assertThat(api.post(notes, api.login("officer1"), "{\"body\":\"x\",\"internal\":true}").status())
                .isEqualTo(404);
        var seen = jdbc.sql("SELECT body FROM case_notes WHERE case_reference = :r AND internal = FALSE")
                .param("r", reference).query(String.class).list();
        assertThat(seen).containsExactly("نراجع الفحص الطبي مع المركز");
        var inbox = jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = '1000000016' AND case_reference = :r
                        AND message_key = 'notifications.case.message'""").param("r", reference);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> inbox.query(Integer.class).single() == 1);
    }

    @Test
    void aCaseForTheWomensSectionGoesToItsStaffAndOtherOfficersCannotOpenIt() {
        var reception = new Actor("reception2", null, "جواهر القرشي",
                Set.of(Role.RECEPTION), null);
        var outcome = submitting.submit(Submission.atReception(reception,
                "driving-licence-renewal", Map.of("licenceKind", "private", "renewalYears", "5",
                        "medicalCheckNumber", "5002611234", "mobile", "0551112233"),
                Map.of(), UUID.randomUUID().toString(), "1000000016", true));
        var reference = ((SubmissionOutcome.Submitted) outcome).reference().value();
        assertThat(Assignees.of(jdbc, reference)).isEqualTo("traffic-w1");
        assertThat(api.get("/api/v1/staff/cases/" + reference, api.login("traffic1")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/staff/queue", api.login("traffic1")).body().toString()).doesNotContain(reference);
        assertThat(api.get("/api/v1/staff/cases/" + reference, api.login("traffic-w1")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/staff/cases/" + reference, api.login("traffic-head")).status()).isEqualTo(200);
        assertThat(decide("traffic-w1", reference, "{\"action\":\"approve\"}").text("status")).isEqualTo("APPROVED");
    }

    private ApiClient.Response put(String path, String who, String body) {
        return api.put(path, api.login(who), body);
    }

    private Instant dueAt(String reference) {
        return jdbc.sql("SELECT due_at FROM cases WHERE reference = :r").param("r", reference)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single().orElse(null);
    }
}
