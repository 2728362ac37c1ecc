package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applying for someone else through the API: only with a valid mandate for that service. */
@NafithaTest
class MandatesApiTest {

    private static final String RENEWAL = """
            {"serviceCode":"residence-renewal","onBehalfOf":"%s","fields":{"renewalMonths":"12","mobile":"0599990000"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private ApiClient.Response apply(String token, String body) {
        return api.post("/api/v1/applications", token, body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void withoutAMandateWithAnExpiredOneOrOutsideItsScopeTheApplicationIsRefusedWithTheReason() {
        var noura = api.login("1000000016");
        var none = apply(noura, RENEWAL.formatted("1000000057"));
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.text("code")).isEqualTo("identity.mandate.NONE");
        assertThat(apply(noura, RENEWAL.formatted("2000000006")).text("code")).isEqualTo("identity.mandate.EXPIRED");

        var ahmed = api.login("1000000008");
        var outOfScope = apply(ahmed, """
                {"serviceCode":"passport-renewal","onBehalfOf":"2000000006","fields":{"validityYears":"5","mobile":"0567778899"}}""");
        assertThat(outOfScope.status()).isEqualTo(403);
        assertThat(outOfScope.text("code")).isEqualTo("identity.mandate.OUT_OF_SCOPE");
    }

    @Test
    void aValidMandateRecordsBothPeopleAndARevokedOneStopsAtOnceForAnOpenToken() {
        var mandate = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mandates (id, principal, delegate, granted_by, basis, scope, valid_from, created_at)
                        VALUES (:id, '2000000014', '1000000016', '2000000014', 'SELF', 'residence-renewal', :from, :from)""")
                .param("id", mandate).param("from", Timestamp.from(Instant.now().minusSeconds(60))).update();
        var noura = api.login("1000000016");
        var created = apply(noura, RENEWAL.formatted("٢٠٠٠٠٠٠٠١٤"));
        assertThat(created.status()).isEqualTo(201);
        var reference = created.text("reference");
        var stored = jdbc.sql("SELECT applicant, submitted_by, mandate_id FROM cases WHERE reference = :r")
                .param("r", reference).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .single();
        assertThat(stored).isEqualTo("2000000014|1000000016|" + mandate);
        var timeline = api.get("/api/v1/applications/" + reference, noura).body().path("timeline");
        assertThat(timeline.get(0).path("actorRole").asString()).isEqualTo("REPRESENTATIVE");

        // The grantor revokes (the page for it is exercised by the browser journey).
        jdbc.sql("UPDATE mandates SET revoked_at = :now, revoked_by = '2000000014' WHERE id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", mandate).update();
        var refused = apply(noura, RENEWAL.formatted("2000000014"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("identity.mandate.REVOKED");
    }

    @Test
    void aSponsorGivesAMandateThroughTheApiOncePerKeyWithThePagesRules() {
        var owner = api.login("1000000016");
        var key = UUID.randomUUID().toString();
        var body = """
                {"delegate":"1000000008","forWhom":"٢٠٠٠٠٠٠٠٠٦","services":["residence-renewal"],"validUntil":"٢٠٣٠-١٢-٣١"}""";
        var given = api.post("/api/v1/mandates", owner, body, "Idempotency-Key", key);
        assertThat(given.status()).as(given.raw().body()).isEqualTo(201);
        assertThat(given.raw().headers().firstValue("Location")).contains("/api/v1/mandates");
        assertThat(given.text("basis")).isEqualTo("SPONSOR");
        assertThat(given.text("principal")).isEqualTo("2000000006");
        var again = api.post("/api/v1/mandates", owner, body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).as("the same key, the same mandate").isEqualTo(given.text("id"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mandates WHERE grant_key = :k").param("k", "1000000016:" + key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("/api/v1/mandates", owner).body().path("given").valueStream()
                .filter(m -> m.path("id").asString().equals(given.text("id"))).count()).isEqualTo(1);
        // the same key used by someone else is their own
        var other = api.post("/api/v1/mandates", api.login("2000000006"), """
                {"delegate":"1000000057","services":["residence-renewal"]}""", "Idempotency-Key", key);
        assertThat(other.status()).as(other.raw().body()).isEqualTo(201);
        assertThat(other.text("id")).isNotEqualTo(given.text("id"));

        // Withdrawn through the API too (and not left for the journeys that share these demo people)
        assertThat(api.delete("/api/v1/mandates/" + given.text("id"), api.login("1000000008")).status())
                .as("only who gave it withdraws it").isEqualTo(404);
        assertThat(api.delete("/api/v1/mandates/" + given.text("id"), owner).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/mandates/" + given.text("id"), owner).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/mandates/" + other.text("id"), api.login("2000000006")).status()).isEqualTo(204);
    }

    @Test
    void badMandatesAreRefusedFieldByFieldInTheRequestsLanguage() {
        var owner = api.login("1000000016");
        var refused = api.post("/api/v1/mandates", owner, """
                {"delegate":"123","forWhom":"2000000014","services":["no-such-service"],"validUntil":"2001-01-01"}""",
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var errors = refused.body().path("errors");
        assertThat(errors.path("delegate").asString()).isEqualTo("Enter a valid ID number for the delegate.");
        assertThat(errors.has("forWhom")).as("not a resident the owner sponsors").isTrue();
        assertThat(errors.has("services")).isTrue();
        assertThat(errors.has("validUntil")).isTrue();
        var empty = api.post("/api/v1/mandates", owner, "{}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body().path("errors").has("delegate")).isTrue();
        var noKey = api.post("/api/v1/mandates", owner, """
                {"delegate":"1000000008","services":["residence-renewal"]}""");
        assertThat(noKey.status()).isEqualTo(422);
        assertThat(noKey.body().path("errors").has("Idempotency-Key")).isTrue();
        assertThat(api.post("/api/v1/mandates", api.login("officer1"), """
                {"delegate":"1000000008","services":["residence-renewal"]}""", "Idempotency-Key", UUID.randomUUID().toString())
                .status()).as("staff give no mandates").isEqualTo(403);
    }
}
