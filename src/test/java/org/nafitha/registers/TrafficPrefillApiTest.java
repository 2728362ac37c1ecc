package org.nafitha.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.Assignees;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The traffic services take the licence, the vehicle and the violations from the registers: the
 * applicant is not asked for them, what they post instead is ignored, and the officer sees the
 * register's values in the case file.
 */
@NafithaTest
class TrafficPrefillApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private JsonNode submitAndReadAsOfficer(String service, Map<String, String> fields) {
        var api = new ApiClient(port);
        var citizen = api.login("1000000008");
        var created = api.post("/api/v1/applications", citizen,
                JSON.writeValueAsString(Map.of("serviceCode", service, "fields", fields)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var reference = created.text("reference");
        var officer = api.login(Assignees.of(jdbc, reference));
        var file = api.get("/api/v1/staff/cases/" + reference, officer);
        assertThat(file.status()).as(file.raw().body()).isEqualTo(200);
        return file.body().path("fields");
    }

    @Test
    void licenceRenewalCarriesTheLicenceNumberExpiryAndUnpaidViolations() {
        var fields = submitAndReadAsOfficer("driving-licence-renewal", Map.of("licenceKind", "private",
                "renewalYears", "10", "medicalCheckNumber", "٥٠٠٢٦١١٢٣٤", "mobile", "0501234567",
                "licenceNumber", "9999999999"));
        assertThat(fields.path("licenceNumber").asString()).isEqualTo("4410286531");
        assertThat(fields.path("licenceExpiry").asString()).isEqualTo("2027-02-14");
        assertThat(fields.path("unpaidViolations").asString()).isEqualTo("2");
        assertThat(fields.path("fullName").asString()).isEqualTo("أحمد بن علي الزهراني");
    }

    @Test
    void licenceReplacementCarriesTheLicence() {
        var fields = submitAndReadAsOfficer("driving-licence-replacement", Map.of("licenceKind", "private",
                "reason", "damaged", "mobile", "0501234567"));
        assertThat(fields.path("licenceNumber").asString()).isEqualTo("4410286531");
        assertThat(fields.path("licenceExpiry").asString()).isEqualTo("2027-02-14");
    }

    @Test
    void vehicleRenewalCarriesTheVehicleWhoseRegistrationEndsFirst() {
        var fields = submitAndReadAsOfficer("vehicle-registration-renewal", Map.of("renewalYears", "2",
                "mobile", "0501234567", "plateNumber", "1111 XXX"));
        assertThat(fields.path("plateNumber").asString()).isEqualTo("4821 RSD");
        assertThat(fields.path("plateArabic").asString()).isEqualTo("٤٨٢١ ر س د");
        assertThat(fields.path("sequenceNumber").asString()).isEqualTo("873214560");
        assertThat(fields.path("vehicle").asString()).isEqualTo("تويوتا كامري 2021، أبيض");
        assertThat(fields.path("registrationExpiry").asString()).isEqualTo("2027-01-10");
    }

    @Test
    void violationsInquiryAndObjectionCarryWhatIsOwed() {
        var inquiry = submitAndReadAsOfficer("traffic-violations-inquiry", Map.of("inquiryBy", "person",
                "mobile", "0501234567", "unpaidTotal", "0"));
        assertThat(inquiry.path("unpaidCount").asString()).isEqualTo("2");
        assertThat(inquiry.path("unpaidTotal").asString()).isEqualTo("450");
        assertThat(inquiry.path("unpaidNumbers").asString()).isEqualTo("441230587401 441230611925");
        var objection = submitAndReadAsOfficer("traffic-violation-objection", Map.of("violationNumber", "441230587401",
                "violationDate", "2026-11-08", "objectionReason", "not-me", "explanation", "كنت خارج الرياض يوم المخالفة",
                "mobile", "0501234567"));
        assertThat(objection.path("unpaidNumbers").asString()).isEqualTo("441230587401 441230611925");
    }

    @Test
    void theApiGivesAPersonTheirOwnRecordsAndRefusesStaff() {
        var api = new ApiClient(port);
        var mine = api.get("/api/v1/registers/mine", api.login("1000000016"));
        assertThat(mine.status()).as(mine.raw().body()).isEqualTo(200);
        assertThat(mine.body().path("vehicles").findValuesAsString("plateLatin")).containsExactly("2590 LNA");
        assertThat(mine.body().path("licence").path("number").asString()).isEqualTo("4420917356");
        assertThat(mine.body().path("violations").findValuesAsString("number")).containsExactly("441230702266");
        assertThat(mine.body().path("unpaidCount").asInt()).isEqualTo(1);
        assertThat(mine.body().path("unpaidTotal").decimalValue()).isEqualByComparingTo("500");

        var staff = api.get("/api/v1/registers/mine", api.login("traffic1"));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/registers/mine", null).status()).isEqualTo(401);
    }
}
