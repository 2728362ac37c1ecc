package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.TestOffices;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.cases.Applications;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request may cite only the requester's own case or one whose applicant gave them a mandate for
 * its service: a booking, a written message and a request to meet an official all ask
 * {@code CaseParties.mayCite}, and an unknown reference is refused exactly like someone else's.
 */
@NafithaTest
class CitingCasesTest {

    private static final String NOURA = "1000000016";
    private static final String AHMED = "1000000008";
    // In the civil register without an account: the principal of the mandate below.
    private static final String PRINCIPAL = "1000000057";

    @LocalServerPort
    int port;
    @Autowired
    CaseParties parties;
    @Autowired
    Applications applications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offices offices;
    @Autowired
    Calendars calendars;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private CaseReference goodConductCertificateOf(String nationalId) {
        var outcome = applications.applyForSelf(TestOffices.person(nationalId), "good-conduct-certificate",
                Map.of("purpose", "work", "addressedTo", "جامعة الملك سعود", "language", "ar", "mobile", "0551112233"),
                UUID.randomUUID().toString());
        assertThat(outcome).isInstanceOf(Applications.Submitted.class);
        return ((Applications.Submitted) outcome).reference();
    }

    private UUID mandate(String principal, String delegate, String scope) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mandates (id, principal, delegate, granted_by, basis, scope, valid_from, created_at)
                        VALUES (:id, :p, :d, :p, 'SELF', :s, :from, :from)""")
                .param("id", id).param("p", principal).param("d", delegate).param("s", scope)
                .param("from", Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES))).update();
        return id;
    }

    @Test
    void ownCaseAndAMandatedOneMayBeCitedNotAnotherPersonsNorAnUnknownOne() {
        var principalsCase = goodConductCertificateOf(PRINCIPAL);
        var nourasCase = goodConductCertificateOf(NOURA);
        var mandate = mandate(PRINCIPAL, NOURA, "good-conduct-certificate");

        assertThat(parties.mayCite(TestOffices.person(NOURA), nourasCase)).isTrue();
        assertThat(parties.mayCite(TestOffices.person(PRINCIPAL), principalsCase)).isTrue();
        assertThat(parties.mayCite(TestOffices.person(NOURA), principalsCase)).as("mandate for the service").isTrue();
        assertThat(parties.mayCite(TestOffices.person(AHMED), principalsCase)).isFalse();
        assertThat(parties.mayCite(TestOffices.person(AHMED), nourasCase)).isFalse();
        assertThat(parties.mayCite(TestOffices.person(PRINCIPAL), nourasCase)).as("a mandate runs one way").isFalse();
        var staff = new Actor("officer1", null, "خالد العتيبي", Set.of(Role.OFFICER), "passports");
        assertThat(parties.mayCite(staff, nourasCase)).isFalse();
        var unknown = CaseReference.parse(nourasCase.value().replaceAll("-\\d+-\\d$", "-999999"))
                .orElseGet(() -> goodConductCertificateOf(AHMED));
        assertThat(parties.mayCite(TestOffices.person(NOURA), unknown)).isEqualTo(unknown.equals(nourasCase));

        jdbc.sql("UPDATE mandates SET revoked_at = :now, revoked_by = :p WHERE id = :id")
                .param("now", Timestamp.from(Instant.now())).param("p", PRINCIPAL).param("id", mandate).update();
        assertThat(parties.mayCite(TestOffices.person(NOURA), principalsCase)).as("revoked").isFalse();
    }

    @Test
    void aBookingCitingAnotherPersonsCaseIsRefusedAtTheField() throws Exception {
        var nourasCase = goodConductCertificateOf(NOURA);
        var testOffices = new TestOffices(jdbc, offices, calendars);
        var office = testOffices.passportOffice(1);
        var start = testOffices.at(testOffices.openDay(7), 3, 15);
        var body = "{\"service\":\"passport-issue\",\"office\":\"" + office.id() + "\",\"start\":\"" + start
                + "\",\"caseReference\":\"" + nourasCase.value() + "\"}";

        var ahmeds = api.post("/api/v1/appointments", api.login(AHMED), body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(ahmeds.status()).isEqualTo(422);
        assertThat(ahmeds.text("code")).isEqualTo("appointments.refusal.CASE_NOT_CITABLE");
        var nouras = api.post("/api/v1/appointments", api.login(NOURA), body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(nouras.status()).as(nouras.raw().body()).isEqualTo(201);
        // Noura holds one passport appointment at a time: free it for the other tests of this context.
        var cancelled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/appointments/" + nouras.text("id")))
                .header("Authorization", "Bearer " + api.login(NOURA)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(cancelled.statusCode()).isEqualTo(204);
    }

    @Test
    void aWrittenMessageCitingAnotherPersonsCaseIsRefusedAtTheField() {
        var nourasCase = goodConductCertificateOf(NOURA);
        var body = "{\"topic\":\"استفسار عن طلب\",\"caseReference\":\"" + nourasCase.value() + "\",\"body\":\"ما حالة الطلب؟\"}";
        var ahmeds = api.post("/api/v1/conversations", api.login(AHMED), body);
        assertThat(ahmeds.status()).isEqualTo(400);
        assertThat(ahmeds.body().path("errors").path("caseReference").asString()).isEqualTo("case-not-yours");
        assertThat(api.post("/api/v1/conversations", api.login(NOURA), body).status()).isEqualTo(201);
    }
}
