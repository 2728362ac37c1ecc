package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Mandates given and received, withdrawn only by their grantor; accessibility needs, as on the pages. */
@NafithaTest
class MandatesAndNeedsApiTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void bothSidesSeeAMandateAndOnlyItsGrantorWithdrawsItOnTheAuditTrail() throws Exception {
        var mandate = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mandates (id, principal, delegate, granted_by, basis, scope, valid_from, created_at)
                        VALUES (:id, '2000000006', '1000000008', '2000000006', 'SELF', 'passport-renewal', :from, :from)""")
                .param("id", mandate).param("from", Timestamp.from(Instant.now().minusSeconds(60))).update();
        var api = new ApiClient(port);
        var mohammed = api.login("2000000006");
        var ahmed = api.login("1000000008");

        var given = find(api.get("/api/v1/mandates", mohammed).body().path("given"), mandate);
        assertThat(given.path("delegate").asString()).isEqualTo("1000000008");
        assertThat(given.path("delegateName").path("ar").asString()).isNotBlank();
        assertThat(given.path("services").get(0).asString()).isEqualTo("passport-renewal");
        assertThat(given.has("revokedAt") && !given.path("revokedAt").isNull()).isFalse();
        assertThat(find(api.get("/api/v1/mandates", ahmed).body().path("received"), mandate).path("principal").asString())
                .isEqualTo("2000000006");

        assertThat(delete("/api/v1/mandates/" + mandate, ahmed)).as("the delegate cannot withdraw it").isEqualTo(404);
        assertThat(delete("/api/v1/mandates/not-a-uuid", mohammed)).isEqualTo(404);
        assertThat(delete("/api/v1/mandates/" + mandate, mohammed)).isEqualTo(204);
        assertThat(delete("/api/v1/mandates/" + mandate, mohammed)).as("already withdrawn").isEqualTo(404);
        assertThat(find(api.get("/api/v1/mandates", mohammed).body().path("given"), mandate).path("revokedAt").isNull())
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.mandate.revoke' AND reason LIKE :r")
                .param("r", "%" + mandate + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void needsAreReplacedAsAWholeAndANoteOverTheLimitIsRefusedNotCut() {
        var api = new ApiClient(port);
        var ahmed = api.login("1000000008");
        var tooLong = api.put("/api/v1/account/needs", ahmed,
                "[{\"need\":\"WHEELCHAIR\",\"note\":\"" + "أ".repeat(301) + "\"}]", "Accept-Language", "ar");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().path("errors").path("WHEELCHAIR").asString()).contains("300");

        var saved = api.put("/api/v1/account/needs", ahmed,
                "[{\"need\":\"WHEELCHAIR\",\"note\":\"أحتاج إلى مدخل بلا درج\"},{\"need\":\"READER\"}]");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().valueStream().map(n -> n.path("need").asString())).containsExactlyInAnyOrder("WHEELCHAIR", "READER");
        assertThat(api.get("/api/v1/account/needs", ahmed).body().valueStream()
                .filter(n -> n.path("need").asString().equals("WHEELCHAIR")).findFirst().orElseThrow()
                .path("note").asString()).isEqualTo("أحتاج إلى مدخل بلا درج");
        assertThat(api.put("/api/v1/account/needs", ahmed, "[{\"need\":\"TELEPATHY\"}]").status()).isEqualTo(400);
        assertThat(api.put("/api/v1/account/needs", ahmed, "[]").body().size()).isZero();
    }

    private static JsonNode find(JsonNode mandates, UUID id) {
        return mandates.valueStream().filter(m -> m.path("id").asString().equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no mandate " + id + " in " + mandates));
    }

    private int delete(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
