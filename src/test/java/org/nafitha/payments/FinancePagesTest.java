package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finance's page, without script: a refund proposed by one officer and approved by another, a
 * mistyped amount refused at its field with the rest kept, a day reconciled from the gateway's
 * file and a difference closed with a note.
 */
@NafithaTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class FinancePagesTest {

    private static final String UNKNOWN = "0b7c1e9a-0000-4000-8000-0000000000f1";

    @Autowired
    MockMvc mvc;
    @Autowired
    PaymentsProperties properties;
    @LocalServerPort
    int port;

    @Test
    void aRefundIsProposedByOneOfficerAndApprovedByAnotherOnThePage() throws Exception {
        var api = new ApiClient(port);
        var charge = new Payer(api).paidFee(api.login("1000000016"), "4111111111111111");
        var citizen = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        assertThat(citizen.perform(get("/staff/finance")).getResponse().getStatus()).isEqualTo(403);

        var finance1 = MvcVisitor.signedInOnce(mvc, port, "finance1");
        var page = finance1.perform(get("/staff/finance")).getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<h1>المالية: الاسترداد والمطابقة</h1>", "href=\"/staff/finance\"")
                .doesNotContain("??");

        var mistyped = finance1.perform(post("/staff/finance/refunds").with(csrf()).param("chargeId", charge)
                .param("amount", "مئة").param("reason", "أُلغي خيار التوصيل")).getResponse();
        assertThat(mistyped.getStatus()).isEqualTo(200);
        assertThat(mistyped.getContentAsString()).contains("id=\"amount-error\"", "المبلغ غير صالح.",
                "value=\"أُلغي خيار التوصيل\"", "value=\"" + charge + "\"");
        var above = finance1.perform(post("/staff/finance/refunds").with(csrf()).param("chargeId", charge)
                .param("amount", "٣٠٠٫٠١").param("reason", "أكثر من المدفوع")).getResponse();
        assertThat(above.getContentAsString()).contains("id=\"amount-error\"", "يتجاوز ما دُفع");

        var proposed = finance1.perform(post("/staff/finance/refunds").with(csrf()).param("chargeId", charge)
                .param("amount", "١٠٠").param("reason", "أُلغي خيار التوصيل"));
        assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo("/staff/finance");
        var own = finance1.perform(get("/staff/finance")).getResponse().getContentAsString();
        assertThat(own).contains(charge, "اقتراحك؛ يعتمده موظف آخر");

        var finance2 = MvcVisitor.signedInOnce(mvc, port, "finance2");
        var theirs = finance2.perform(get("/staff/finance")).getResponse().getContentAsString();
        var row = Pattern.compile("<tr>(?:(?!</tr>).)*" + charge + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(theirs);
        assertThat(row.find()).as("the proposed refund's row").isTrue();
        var action = row.group().replaceAll("(?s).*action=\"([^\"]+/approval)\".*", "$1");
        assertThat(action).startsWith("/staff/finance/refunds/").endsWith("/approval");
        var ownApproval = finance1.perform(post(action).with(csrf()));
        assertThat(ownApproval.getFlashMap().get("failure")).isEqualTo("payments.error.FOUR_EYES");
        var approved = finance2.perform(post(action).with(csrf()));
        assertThat(approved.getFlashMap().get("done")).isEqualTo("payments.finance.approved");
        assertThat(api.get("/api/v1/payments/" + charge, api.login("1000000016")).status()).isEqualTo(200);
        assertThat(finance2.perform(get("/staff/finance")).getResponse().getContentAsString()).doesNotContain(charge);
    }

    @Test
    void aDayIsReconciledAndEachDifferenceClosedWithANote() throws Exception {
        var api = new ApiClient(port);
        var finance1 = MvcVisitor.signedInOnce(mvc, port, "finance1");
        var quiet = "2026-01-16";
        var reconciled = finance1.perform(post("/staff/finance/reconciliations").with(csrf()).param("day", quiet));
        assertThat(reconciled.getResponse().getRedirectedUrl()).isEqualTo("/staff/finance?day=" + quiet);
        assertThat(finance1.perform(get("/staff/finance").param("day", quiet)).getResponse().getContentAsString())
                .contains("عمليات مطابقة: ٠", "لا فروق في هذا اليوم.");
        var again = finance1.perform(post("/staff/finance/reconciliations").with(csrf()).param("day", quiet));
        assertThat(again.getFlashMap().get("failure")).isEqualTo("payments.error.RECONCILED_ALREADY");

        var day = "2026-01-15";
        var file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/simulator/gateway/api/settlements/" + day))
                .header("X-Api-Key", properties.gatewayApiKey()).build(), HttpResponse.BodyHandlers.ofString()).body()
                .replace("</Stmt>", "<Ntry><Amt Ccy=\"SAR\">75.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>sim_y"
                        + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>" + UNKNOWN
                        + "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>\n</Stmt>");
        assertThat(api.post("/api/v1/finance/reconciliations/" + day, api.login("finance1"), file).status()).isEqualTo(201);
        var page = finance1.perform(get("/staff/finance").param("day", day)).getResponse().getContentAsString();
        assertThat(page).contains("سوّته البوابة ولا دفع مسجل لدينا", UNKNOWN, "٧٥");
        var close = page.replaceAll("(?s).*action=\"(/staff/finance/differences/[0-9a-f-]+/close)\".*", "$1");
        var blank = finance1.perform(post(close).with(csrf()).param("day", day).param("note", " "));
        assertThat(blank.getFlashMap().get("failure")).isEqualTo("payments.error.REASON_REQUIRED");
        var closed = finance1.perform(post(close).with(csrf()).param("day", day)
                .param("note", "تحويل لجهة أخرى أُدرج خطأً؛ أبلغنا المصرف"));
        assertThat(closed.getFlashMap().get("done")).isEqualTo("payments.finance.closed");
        assertThat(finance1.perform(get("/staff/finance").param("day", day)).getResponse().getContentAsString())
                .contains("تحويل لجهة أخرى أُدرج خطأً؛ أبلغنا المصرف", "finance1").doesNotContain(close);
    }
}
