package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.internal.IssuedDocument;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.nafitha.issuance.internal.RevokingDocuments;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public answer for a code and who may revoke or download: an approved birth certificate
 * through the API, then the verification answers for it, for strangers' codes and for nonsense.
 */
@NafithaTest
@AutoConfigureMockMvc
class VerificationTest {

    private static final Actor CIVIL_OFFICER = new Actor("civil1", null, "أمل العنزي", Set.of(Role.OFFICER), "civil-status");
    private static final Actor PASSPORTS_OFFICER = new Actor("officer1", null, "خالد العتيبي", Set.of(Role.OFFICER), "passports");
    private static final Actor CIVIL_REVIEWER = new Actor("civil-rev", null, "مدقق", Set.of(Role.REVIEWER), "civil-status");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    RevokingDocuments revoking;
    @Autowired
    AuditTrail audit;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Ahmed asks for his birth certificate and the civil-status officer approves it. */
    private IssuedDocument approvedBirthCertificate() {
        var citizen = api.login("1000000008");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"birth-certificate","fields":{"purpose":"copy","language":"ar","contactMobile":"0501234567"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        assertThat(api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login("civil1"),
                "{\"action\":\"approve\"}").status()).isEqualTo(200);
        var ref = new CaseReference(reference);
        await().atMost(Duration.ofSeconds(20)).until(() -> documents.existsFor(ref));
        return documents.forCase(ref).orElseThrow();
    }

    @Test
    void unknownAndMalformedCodesGetTheSameNeutralAnswer() {
        var unknown = api.get("/api/v1/verify/" + VerificationCode.random().value(), null);
        var wrongCheck = api.get("/api/v1/verify/AAAAAAAAAAAAAAAA", null);
        var nonsense = api.get("/api/v1/verify/%3Cscript%3E", null);
        var tooLong = api.get("/api/v1/verify/" + "7".repeat(300), null);
        for (var answer : List.of(unknown, wrongCheck, nonsense, tooLong)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.raw().body()).isEqualTo(unknown.raw().body());
        }
        assertThat(unknown.text("result")).isEqualTo("NOT_FOUND");
    }

    @Test
    void aValidCertificateIsGenuineWithTheHolderPartlyMasked() {
        var document = approvedBirthCertificate();
        var answer = api.get("/api/v1/verify/" + document.code().grouped().toLowerCase(), null, "Accept-Language", "ar");
        assertThat(answer.text("result")).isEqualTo("GENUINE");
        assertThat(answer.text("status")).isEqualTo("VALID");
        assertThat(answer.body().path("documentType").path("en").asString()).isEqualTo("Birth certificate");
        assertThat(answer.text("holder")).isEqualTo("أحمد ب… ع… الز…");
        assertThat(answer.raw().body()).doesNotContain("1000000008");
    }

    @Test
    void aRevokedCertificateIsSaidRevokedAndTheRevocationIsAudited() {
        var document = approvedBirthCertificate();
        var reason = "صدرت بناءً على قيد صُحّح لاحقًا";
        assertThat(revoking.revoke(document.code(), PASSPORTS_OFFICER, reason)).contains(IssuedDocument.Refusal.NOT_AUTHORISED);
        assertThat(revoking.revoke(document.code(), CIVIL_REVIEWER, reason)).contains(IssuedDocument.Refusal.NOT_AUTHORISED);
        assertThat(revoking.revoke(document.code(), CIVIL_OFFICER, "  ")).contains(IssuedDocument.Refusal.REASON_REQUIRED);
        assertThat(api.get("/api/v1/verify/" + document.code().value(), null).text("status")).isEqualTo("VALID");

        assertThat(revoking.revoke(document.code(), CIVIL_OFFICER, reason)).isEmpty();
        assertThat(revoking.revoke(document.code(), CIVIL_OFFICER, reason)).contains(IssuedDocument.Refusal.NOT_VALID);
        var answer = api.get("/api/v1/verify/" + document.code().value(), null);
        assertThat(answer.text("result")).isEqualTo("GENUINE");
        assertThat(answer.text("status")).isEqualTo("REVOKED");
        assertThat(audit.forCase(document.caseReference().value()))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("document.revoke");
                    assertThat(e.actor()).isEqualTo("civil1");
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void onlyTheApplicantSideDownloadsTheCertificate() throws Exception {
        var document = approvedBirthCertificate();
        var path = "/applications/" + document.caseReference().value() + "/document.pdf";
        var owner = MvcVisitor.signedIn(mvc, port, "1000000008").perform(get(path)).getResponse();
        assertThat(owner.getStatus()).isEqualTo(200);
        assertThat(owner.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(owner.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(MvcVisitor.signedIn(mvc, port, "1000000016").perform(get(path)).getResponse().getStatus()).isEqualTo(404);
        assertThat(MvcVisitor.signedIn(mvc, port, "civil1").perform(get(path)).getResponse().getStatus()).isEqualTo(404);
    }
}
