package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.Applications;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.internal.IssuingDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An approved case's document through the API: its verification code (which the public check
 * confirms), the signed PDF and the accessible version in the language asked — for the owner only.
 */
@NafithaTest
class IssuedDocumentApiTest {

    private static final String NOURA = "1000000016";

    @Autowired Applications applications;
    @Autowired IssuingDocuments issuing;
    @Autowired Catalogue catalogue;
    @LocalServerPort int port;

    private CaseReference certificate(boolean issued) {
        var noura = new Actor(NOURA, NOURA, "نورة", Set.of(Role.APPLICANT), null);
        var outcome = applications.applyForSelf(noura, "good-conduct-certificate", Map.of("purpose", "study",
                "addressedTo", "جامعة الملك سعود", "language", "ar", "mobile", "0551112233"), UUID.randomUUID().toString());
        var reference = ((Applications.Submitted) outcome).reference();
        if (issued) issuing.issue(reference, catalogue.find("good-conduct-certificate").orElseThrow(), NOURA);
        return reference;
    }

    @Test
    void theOwnerGetsTheCodeThePdfAndTheAccessibleVersion() throws Exception {
        var api = new ApiClient(port);
        var noura = api.login(NOURA);
        var reference = certificate(true).value();

        var summary = api.get("/api/v1/applications/" + reference + "/document", noura, "Accept-Language", "ar");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.text("type")).isEqualTo("شهادة حسن سيرة وسلوك");
        assertThat(summary.text("status")).isEqualTo("VALID");
        var code = summary.text("verificationCode");
        assertThat(api.get("/api/v1/verify/" + code, null).status()).as("the public check knows the code").isEqualTo(200);

        var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + summary.text("pdf"))).header("Authorization", "Bearer " + noura).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var english = api.get(summary.text("accessible"), noura, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.text("title")).isEqualTo("Good conduct certificate");
        assertThat(english.text("code").replace("-", "")).as("the code as printed, in groups").isEqualTo(code);
        assertThat(english.body().path("facts").valueStream().map(f -> f.path("value").asString()))
                .contains("Noura bint Saad Al-Qahtani", reference);
    }

    @Test
    void anotherPersonAStrangerAndABadReferenceGetNotFoundAndACaseNotYetIssuedSaysSo() {
        var api = new ApiClient(port);
        var reference = certificate(true).value();
        var ahmed = api.login("1000000008");
        for (var path : new String[]{"", "/pdf", "/accessible"}) {
            var other = api.get("/api/v1/applications/" + reference + "/document" + path, ahmed);
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.contentType()).as(path).startsWith("application/problem+json");
            assertThat(other.body().has("code")).as("nothing told about someone else's case").isFalse();
            assertThat(api.get("/api/v1/applications/" + reference + "/document" + path, null).status()).isEqualTo(401);
        }
        var noura = api.login(NOURA);
        assertThat(api.get("/api/v1/applications/not-a-reference/document", noura).status()).isEqualTo(404);
        var pending = api.get("/api/v1/applications/" + certificate(false).value() + "/document", noura,
                "Accept-Language", "ar");
        assertThat(pending.status()).isEqualTo(404);
        assertThat(pending.text("code")).isEqualTo("api.document.notIssued");
        assertThat(pending.text("detail")).contains("لم تصدر");
    }
}
