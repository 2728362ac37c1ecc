package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.nafitha.issuance.internal.IssuingDocuments;
import org.nafitha.issuance.internal.MinistryKey;
import org.nafitha.issuance.verifier.DocumentVerifier;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * A birth certificate issued for a demo citizen: a signed PDF the offline verifier accepts, which
 * it refuses once one byte is changed or anything is appended, and whose QR code names its own
 * verification address.
 */
@NafithaTest
class SignedDocumentTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(990_000);

    @Autowired IssuingDocuments issuing;
    @Autowired IssuedDocuments documents;
    @Autowired Catalogue catalogue;
    @Autowired MinistryKey key;

    byte[] issueBirthCertificate() {
        var reference = CaseReference.of("BRC", 2026, SEQUENCE.incrementAndGet());
        issuing.issue(reference, catalogue.find("birth-certificate").orElseThrow(), "1000000008");
        var document = documents.forCase(reference).orElseThrow();
        return documents.pdf(document.code()).orElseThrow();
    }

    List<X509Certificate> ministry() throws Exception {
        return DocumentVerifier.certificates(new ByteArrayInputStream(key.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anIssuedCertificateIsGenuineAndItsQrCodeLeadsToItsVerificationPage() throws Exception {
        var pdf = issueBirthCertificate();
        assertThat(DocumentVerifier.verify(pdf, ministry()).outcome()).isEqualTo(DocumentVerifier.Outcome.GENUINE);
        try (var document = Loader.loadPDF(pdf)) {
            Files.createDirectories(Path.of("target/issuance"));
            Files.write(Path.of("target/issuance/birth-certificate.pdf"), pdf);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Path.of("target/issuance/birth-certificate.png").toFile());
            var qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))));
            assertThat(qr.getText()).matches("http://localhost:8080/verify/[0-9A-Z]{16}");
            assertThat(VerificationCode.parse(qr.getText().substring(qr.getText().lastIndexOf('/') + 1))).isPresent();
        }
    }

    @Test
    void aDocumentChangedByOneByteIsReportedModified() throws Exception {
        var pdf = issueBirthCertificate();
        var range = signedRange(pdf);
        // one byte inside the signed part, well before the signature's hole
        var changed = pdf.clone();
        changed[range / 2] ^= 0x01;
        assertThat(DocumentVerifier.verify(changed, ministry()).outcome()).isEqualTo(DocumentVerifier.Outcome.MODIFIED);
    }

    @Test
    void bytesAppendedAfterSigningAreReportedModified() throws Exception {
        var pdf = issueBirthCertificate();
        var longer = Arrays.copyOf(pdf, pdf.length + 8);
        System.arraycopy("%changed".getBytes(StandardCharsets.US_ASCII), 0, longer, pdf.length, 8);
        assertThat(DocumentVerifier.verify(longer, ministry()).outcome()).isEqualTo(DocumentVerifier.Outcome.MODIFIED);
    }

    @Test
    void aDocumentSignedWithAnotherKeyIsNotVouchedFor() throws Exception {
        var pdf = issueBirthCertificate();
        var stranger = DocumentVerifier.certificates(getClass().getResourceAsStream("/issuance/stranger.pem"));
        assertThat(DocumentVerifier.verify(pdf, stranger).outcome()).isEqualTo(DocumentVerifier.Outcome.UNTRUSTED);
        assertThat(DocumentVerifier.verify(pdf, List.of()).outcome()).isEqualTo(DocumentVerifier.Outcome.TRUST_NOT_CHECKED);
    }

    /** The offset where the first signed range ends (the signature's hole begins). */
    private static int signedRange(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().getLast().getByteRange()[1];
        }
    }
}
