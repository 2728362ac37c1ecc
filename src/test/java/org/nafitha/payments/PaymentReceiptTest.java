package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The receipt of a paid fee: signed PDF, itemised, the total in words, verifiable by its code. */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PaymentReceiptTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aPaidFeesReceiptIsASignedPdfWithTheAmountInWordsThatVerifiesByItsCode() throws Exception {
        var citizen = api.login("1000000008");
        var charge = new Payer(api).paidFee(citizen, "4111111111111111");
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/"
                + charge + "/receipt")).header("Authorization", "Bearer " + citizen).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        var pdf = response.body();
        var again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/"
                + charge + "/receipt")).header("Authorization", "Bearer " + citizen).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(again).as("made once, the same signed bytes").isEqualTo(pdf);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            var text = new PDFTextStripper().getText(document);
            // upper case, as printed: lower-case pairs such as "ff" or "fi" become ligatures that copy and search lose
            assertThat(text).contains("three hundred Saudi riyals only", "Service fee: Passport renewal");
            assertThat(text.replaceAll("\\s", "")).as("the payment number, wrapped at a hyphen").contains(charge.toUpperCase());
            var code = Pattern.compile("/api/v1/verify/receipts/([A-Z0-9]+)").matcher(text);
            assertThat(code.find()).isTrue();
            var verified = api.get("/api/v1/verify/receipts/" + code.group(1), null);
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.text("amount")).isEqualTo("300.00");
            assertThat(verified.text("status")).isEqualTo("PAID");
            assertThat(verified.text("sha256"))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        }
        Files.createDirectories(Path.of("target", "receipts"));
        Files.write(Path.of("target", "receipts", "receipt.pdf"), pdf);
        assertThat(api.get("/api/v1/verify/receipts/NOSUCHCODE00000", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/payments/" + charge + "/receipt", api.login("1000000016")).status()).isEqualTo(404);
    }
}
