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
}
