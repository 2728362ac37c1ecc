package org.nafitha.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.nafitha.issuance.verifier.DocumentVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A citizen asks for a birth certificate; a civil-status officer approves; the citizen downloads
 * the signed PDF; its QR code opens the public verification page, which says genuine — and,
 * after the officer revokes the certificate with a reason, revoked.
 */
@NafithaTest
class GetAVerifiableBirthCertificateJourneyTest {

    private static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    IssuedDocuments documents;

    @BeforeAll
    static void launch() {
        browsers = BrowserSupport.start("verifiable-birth-certificate");
    }

    @AfterAll
    static void close() {
        if (browsers != null) browsers.close();
    }

    @Test
    void citizenDownloadsSignedCertificateAnyoneVerifiesItUntilItIsRevoked() throws Exception {
        var base = "http://localhost:" + port;
        var citizen = browsers.person("ar-SA").newPage();
        signIn(citizen, "1000000008");
        citizen.navigate(base + "/services/birth-certificate/apply");
        citizen.getByLabel("لنفسي").check();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        assertThat(citizen.locator("[data-field=fullName]")).hasText("أحمد بن علي الزهراني");
        citizen.getByLabel("إصدار أول").check();
        citizen.getByLabel("العربية").check();
        citizen.getByLabel("رقم الجوال للتواصل").fill("٠٥٠١٢٣٤٥٦٧");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("متابعة")).click();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أقر وأرسل الطلب")).click();
        var reference = citizen.locator(".reference").textContent().strip();
        assertThat(reference).startsWith("BRC-");

        var officer = browsers.person("ar-SA").newPage();
        signIn(officer, "civil1");
        officer.navigate(base + "/staff/queue");
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("الموافقة").setExact(true)).click();
        assertThat(officer.locator(".banner--success")).containsText(reference);

        // The document is issued by a listener after the approval commits.
        await().atMost(Duration.ofSeconds(20)).until(() -> documents.existsFor(new CaseReference(reference)));
        citizen.navigate(base + "/applications/" + reference);
        var download = citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                Pattern.compile("^تنزيل شهادة ميلاد")));
        assertThat(download).isVisible();
        browsers.look(citizen, "case-with-document");
        var pdf = Files.readAllBytes(citizen.waitForDownload(download::click).path());

        var certificate = DocumentVerifier.certificates(URI.create(base + "/api/v1/verify/certificate.pem").toURL().openStream());
        assertThat(DocumentVerifier.verify(pdf, certificate).outcome()).isEqualTo(DocumentVerifier.Outcome.GENUINE);

        // Page 1 as an image, kept under target/ to be looked at: not blank, and its QR code readable.
        String verifyUrl;
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertThat(image.getWidth()).isGreaterThan(1200);
            assertThat(image.getHeight()).isGreaterThan(1700);
            assertThat(inkShare(image)).isBetween(0.02, 0.5);
            Files.createDirectories(Path.of("target/issuance"));
            ImageIO.write(image, "png", Path.of("target/issuance/journey-birth-certificate.png").toFile());
            verifyUrl = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        }
        assertThat(verifyUrl).matches("https?://[^/]+/verify/[0-9A-Z]{16}");
        var verifyPath = URI.create(verifyUrl).getPath();

        var stranger = browsers.person("ar-SA").newPage();
        stranger.navigate(base + verifyPath);
        assertThat(stranger.locator(".verification--valid")).containsText("وثيقة صحيحة");
        assertThat(stranger.locator("main")).containsText("شهادة ميلاد");
        assertThat(stranger.locator("main")).containsText("أحمد ب… ع… الز…");
        assertThat(stranger.locator("main")).not().containsText("الزهراني");
        browsers.look(stranger, "verify-genuine");
        stranger.navigate(base + verifyPath + "?lang=en");
        assertThat(stranger.locator(".verification--valid")).containsText("Genuine document");
        assertThat(stranger.locator("main")).containsText("Ahmed b… A… A…");
        browsers.look(stranger, "verify-genuine-english");

        officer.navigate(base + "/staff/documents");
        var row = officer.locator("tr[data-code='" + verifyPath.substring(verifyPath.lastIndexOf('/') + 1) + "']");
        browsers.look(officer, "issued-documents");
        row.getByLabel("سبب الإلغاء").fill("صدرت بناءً على قيد صُحّح لاحقًا في السجل المدني");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("إلغاء الوثيقة")).click();
        assertThat(officer.locator(".banner--success")).containsText("أُلغيت الوثيقة");

        stranger.navigate(base + verifyPath + "?lang=ar");
        assertThat(stranger.locator(".verification--revoked")).containsText("وثيقة ملغاة");
        assertThat(stranger.locator(".verification--valid")).hasCount(0);
        browsers.look(stranger, "verify-revoked");
        var api = new ApiClient(port).get("/api/v1/verify/" + verifyPath.substring(verifyPath.lastIndexOf('/') + 1), null);
        assertThat(api.text("result")).isEqualTo("GENUINE");
        assertThat(api.text("status")).isEqualTo("REVOKED");
    }

    private static double inkShare(BufferedImage image) {
        long dark = 0, total = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                var rgb = image.getRGB(x, y);
                var luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) dark++;
                total++;
            }
        }
        return (double) dark / total;
    }

    private void signIn(Page page, String account) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("رقم الهوية أو الإقامة").fill(account);
        page.getByLabel("كلمة المرور").fill(ApiClient.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أدخل رمز التحقق"))).isVisible();
        page.getByLabel("رمز التحقق").fill(new ApiClient(port).latestCode(account));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
    }
}
