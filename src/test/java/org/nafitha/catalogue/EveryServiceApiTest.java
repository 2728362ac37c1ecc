package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service of the catalogue can be applied for through {@code POST /api/v1/applications},
 * for everyone it says may be applied for, with answers built from its own field definitions:
 * a service whose form, prefill or applicants cannot work fails here, not in front of a citizen.
 */
@NafithaTest
class EveryServiceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** Another test's journey removes the demo representative; these need the demo as the README documents it. */
    @BeforeEach
    void demoRepresentativeActsForTheCompany() {
        DemoApplicants.restoreRepresentative(jdbc);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("org.nafitha.catalogue.DemoApplicants#servicesAndApplicants")
    void everyServiceIsSubmittedWithItsReferencePrefixAndItsRequiredDocuments(String code, Applicant kind) {
        var service = DemoApplicants.CATALOGUE.find(code).orElseThrow();
        var who = DemoApplicants.of(service, kind);
        var api = new ApiClient(port);
        var token = api.login(who.username());
        var body = new LinkedHashMap<String, Object>();
        body.put("serviceCode", code);
        body.put("fields", DemoApplicants.validAnswers(service));
        if (who.onBehalfOf() != null) body.put("onBehalfOf", who.onBehalfOf());

        var created = api.post("/api/v1/applications", token, JSON.writeValueAsString(body),
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var reference = created.text("reference");
        assertThat(reference).matches(service.referencePrefix() + "-\\d{4}-\\d{6}-\\d");

        var files = DemoApplicants.requiredFiles(service);
        assertThat(created.text("status")).isEqualTo(files.isEmpty() ? service.workflow().initial() : "AWAITING_DOCUMENTS");
        for (var file : files) {
            var uploaded = api.upload("/api/v1/applications/" + reference + "/documents", token, file.name(),
                    "مستند.png", TestImages.portrait("png"), "image/png");
            assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
        }
        var mine = api.get("/api/v1/applications/" + reference, token);
        assertThat(mine.text("status")).isEqualTo(service.workflow().initial());
        assertThat(mine.text("serviceCode")).isEqualTo(code);
    }

    @Test
    void aServiceDescribesForWhomItIsAndWhichQuestionsDependOnAnother() {
        var detail = new ApiClient(port).get("/api/v1/services/driving-licence-replacement", null);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("applicants").get(0).asString()).isEqualTo("SELF");
        assertThat(detail.body().path("delivery").asBoolean()).isTrue();
        assertThat(detail.body().path("outputDocument").path("en").asString()).isEqualTo("Replacement driving licence");
        assertThat(detail.body().path("reasons").findValuesAsString("code")).contains("unpaid-violations");
        var lossDate = detail.body().path("fields").get(4);
        assertThat(lossDate.path("name").asString()).isEqualTo("lossDate");
        assertThat(lossDate.path("showWhen").path("field").asString()).isEqualTo("reason");
        assertThat(lossDate.path("showWhen").path("equals").asString()).isEqualTo("lost");
    }
}
