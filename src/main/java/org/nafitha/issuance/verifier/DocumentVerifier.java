package org.nafitha.issuance.verifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.apache.pdfbox.Loader;

/**
 * Checks a signed document offline: the signature covers the whole file (nothing was added or
 * changed after signing), the CMS signature matches the signed bytes, and the signer's certificate
 * is the ministry's or chains to it.
 *
 * <pre>java -jar nafitha.jar verify-document certificate.pdf ministry.pem</pre>
 * Exit status: 0 genuine, 1 modified or not signed, 2 signed by a key the ministry certificate does
 * not vouch for, 3 intact but no ministry certificate given to check the signer against.
 */
public final class DocumentVerifier {

    public enum Outcome { GENUINE, NOT_SIGNED, MODIFIED, UNTRUSTED, TRUST_NOT_CHECKED }

    public record Report(Outcome outcome, String detail, String signer) {
        public boolean genuine() {
            return outcome == Outcome.GENUINE;
        }
    }

    private DocumentVerifier() {
    }

    public static Report verify(byte[] pdf, List<X509Certificate> trusted) {
        try (var document = Loader.loadPDF(pdf)) {
            var signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) return new Report(Outcome.NOT_SIGNED, "the document carries no signature", "");
            var signature = signatures.getLast();
            var range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return new Report(Outcome.MODIFIED, "the signature does not cover the whole file: bytes were added or changed after signing", "");
            }
            var contents = signature.getContents(pdf);
            var signed = signature.getSignedContent(pdf);
            return CmsSignatures.check(signed, contents, trusted);
        } catch (IOException e) {
            return new Report(Outcome.MODIFIED, "the file is not a readable PDF: " + e.getMessage(), "");
        }
    }

    public static List<X509Certificate> certificates(InputStream pem) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificates(pem).stream()
                .map(c -> (X509Certificate) c).toList();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: verify-document <document.pdf> [ministry-certificate.pem]");
            System.exit(64);
        }
        var pdf = Files.readAllBytes(Path.of(args[0]));
        List<X509Certificate> trusted = args.length == 2
                ? certificates(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1])))) : List.of();
        var report = verify(pdf, trusted);
        System.out.println(report.outcome() + ": " + report.detail());
        if (!report.signer().isEmpty()) System.out.println("signer: " + report.signer());
        System.exit(switch (report.outcome()) {
            case GENUINE -> 0;
            case NOT_SIGNED, MODIFIED -> 1;
            case UNTRUSTED -> 2;
            case TRUST_NOT_CHECKED -> 3;
        });
    }
}
