package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Who looked at my data, and asking why, through the API: my accesses only, the officer unnamed by default. */
@NafithaTest
class AccessApiTest {

    @LocalServerPort int port;
    @Autowired AuditTrail audit;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPersonSeesAnOfficersLookAtHerDataAsksWhyAndNobodyElseCanAsk() {
        var reason = "مراجعة طلب " + UUID.randomUUID();
        // recorded as a look happens: inside the reading transaction
        new TransactionTemplate(transactions).executeWithoutResult(status -> audit.record(
                new AuditEntry("officer.passports", "OFFICER", "case.read", "1000000008", null, reason, "passports")));
        var api = new ApiClient(port);
        var ahmed = api.login("1000000008");
        var look = api.get("/api/v1/account/access", ahmed).body().valueStream()
                .filter(a -> a.path("reason").asString().equals(reason)).findFirst().orElseThrow();
        assertThat(look.path("role").asString()).isEqualTo("OFFICER");
        assertThat(look.path("department").asString()).isEqualTo("passports");
        assertThat(look.has("officer")).as("the officer's name only where the policy shows it").isFalse();
        assertThat(look.path("questioned").asBoolean()).isFalse();

        var id = look.path("id").asLong();
        var noura = api.login("1000000016");
        assertThat(api.post("/api/v1/account/access/" + id + "/question", noura, "{\"question\":\"لماذا؟\"}").status())
                .as("not her data").isEqualTo(404);
        assertThat(api.post("/api/v1/account/access/not-a-number/question", ahmed, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/account/access/" + id + "/question", ahmed,
                "{\"question\":\"لماذا اطلع الموظف على ملفي؟\"}").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/account/access", ahmed).body().valueStream()
                .filter(a -> a.path("id").asLong() == id).findFirst().orElseThrow().path("questioned").asBoolean()).isTrue();
    }
}
