package org.nafitha.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A company owner names and removes the company's representatives through the API with the mandates
 * page's rules: only their own company (another's is 404, as one that does not exist), only a person the
 * civil register knows, naming twice is once, and each change is on the audit trail.
 */
@NafithaTest
class CompanyRepresentativesApiTest {

    static final String COMPANY = "7001234567";
    static final String LAYLA = "1000000065";

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;

    @Test
    void theOwnerNamesARepresentativeOnceRemovesHerAndNobodyElseTouchesTheCompany() {
        var api = new ApiClient(port);
        var owner = api.login("1000000016");
        var path = "/api/v1/companies/" + COMPANY + "/representatives/";

        var named = api.put(path + "١٠٠٠٠٠٠٠٦٥", owner, "");
        assertThat(named.status()).as(named.raw().body()).isEqualTo(200);
        assertThat(named.text("nationalId")).isEqualTo(LAYLA);
        assertThat(named.body().path("name").path("ar").asString()).isEqualTo("ليلى بنت حسن العمري");
        assertThat(named.body().path("active").asBoolean()).isTrue();
        assertThat(api.put(path + LAYLA, owner, "").status()).as("naming again changes nothing").isEqualTo(200);
        var listed = api.get("/api/v1/companies/representatives", owner).body().valueStream()
                .filter(r -> r.path("nationalId").asString().equals(LAYLA)).toList();
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.path("crNumber").asString()).isEqualTo(COMPANY);
            assertThat(r.path("active").asBoolean()).isTrue();
        });

        var unknown = api.put(path + "1999999999", owner, "", "Accept-Language", "ar");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().path("errors").path("nationalId").asString()).isNotBlank();

        var representative = api.login("1000000008"); // acts for the company, does not administer it
        assertThat(api.put(path + "1000000073", representative, "").status()).as("not his company").isEqualTo(404);
        assertThat(api.delete(path + LAYLA, representative).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/companies/9999999999/representatives/" + LAYLA, owner, "").status())
                .as("a company that does not exist looks the same").isEqualTo(404);
        assertThat(api.get("/api/v1/companies/representatives", representative).body().size()).isZero();

        assertThat(api.delete(path + LAYLA, owner).status()).isEqualTo(204);
        assertThat(api.delete(path + LAYLA, owner).status()).as("already removed").isEqualTo(404);
        assertThat(api.get("/api/v1/companies/representatives", owner).body().valueStream()
                .filter(r -> r.path("nationalId").asString().equals(LAYLA))
                .allMatch(r -> !r.path("active").asBoolean())).isTrue();

        assertThat(audit.search(new AuditTrail.Search(LAYLA, null, null, "identity.representative.add", null, null), 10))
                .isNotEmpty();
        assertThat(audit.search(new AuditTrail.Search(LAYLA, null, null, "identity.representative.remove", null, null), 10))
                .isNotEmpty();
    }
}
