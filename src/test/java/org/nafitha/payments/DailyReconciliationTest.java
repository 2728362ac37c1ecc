package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.CountryProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The gateway's settlement file with injected differences: each one is listed, and finance closes them. */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class DailyReconciliationTest {

    private static final String UNKNOWN = "0b7c1e9a-0000-4000-8000-000000000001";

    @LocalServerPort
    int port;
    @Autowired
    PaymentsProperties properties;
    @Autowired
    CountryProperties country;
    @Autowired
    Clock clock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aSettlementWithAMissingAnUnknownAndAWrongAmountListsEachDifferenceAndMatchesTheRest() throws Exception {
        var citizen = api.login("1000000008");
        var payer = new Payer(api);
        var missing = payer.paidFee(citizen, "4111111111111111");
        var wrongAmount = payer.paidFee(citizen, "4111111111111111");
        var fine = payer.paidFee(citizen, "4111111111111111");
        var today = LocalDate.now(clock.withZone(country.zone()));
        var file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/simulator/gateway/api/settlements/" + today))
                .header("X-Api-Key", properties.gatewayApiKey()).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(file).contains("camt.053", missing, wrongAmount, fine);

        var injected = file
                .replaceAll("<Ntry>(?:(?!</Ntry>).)*" + missing + "(?:(?!</Ntry>).)*</Ntry>\\n", "")
                .replaceFirst("(<Ntry><Amt Ccy=\"SAR\">)300.00((?:(?!</Ntry>).)*" + wrongAmount + ")", "$1299.00$2")
                .replace("</Stmt>", "<Ntry><Amt Ccy=\"SAR\">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>sim_x"
                        + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>" + UNKNOWN
                        + "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>\n</Stmt>");
        var finance = api.login("finance1");
        assertThat(api.post("/api/v1/finance/reconciliations/" + today, citizen, injected).status()).isEqualTo(403);
        var run = api.post("/api/v1/finance/reconciliations/" + today, finance, injected);
        assertThat(run.status()).isEqualTo(201);
        var differences = run.body().path("differences");
        assertThat(kindOf(differences, missing)).isEqualTo("MISSING_GATEWAY");
        assertThat(kindOf(differences, wrongAmount)).isEqualTo("AMOUNT_MISMATCH");
        assertThat(kindOf(differences, UNKNOWN)).isEqualTo("MISSING_OURS");
        assertThat(kindOf(differences, fine)).isNull();
        assertThat(run.body().path("matched").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.post("/api/v1/finance/reconciliations/" + today, finance, injected).status()).isEqualTo(409);

        var id = differences.valueStream().filter(d -> d.path("chargeReference").asString().equals(UNKNOWN))
                .findFirst().orElseThrow().path("id").asString();
        var close = "/api/v1/finance/reconciliations/differences/" + id + "/close";
        assertThat(api.post(close, finance, "{\"note\":\"\"}").status()).isEqualTo(422);
        assertThat(api.post(close, finance, "{\"note\":\"تحويل لجهة أخرى أُدرج خطأً؛ أبلغنا المصرف\"}").status()).isEqualTo(204);
        assertThat(api.post(close, finance, "{\"note\":\"مرة ثانية\"}").status()).isEqualTo(404);
        var seen = api.get("/api/v1/finance/reconciliations/" + today, finance).body().path("differences");
        assertThat(seen.valueStream().filter(d -> d.path("id").asString().equals(id)).findFirst().orElseThrow()
                .path("closedBy").asString()).isEqualTo("finance1");
    }

    private static String kindOf(JsonNode differences, String reference) {
        return differences.valueStream().filter(d -> d.path("chargeReference").asString().equals(reference))
                .map(d -> d.path("kind").asString()).findFirst().orElse(null);
    }
}
