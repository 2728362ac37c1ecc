package org.nafitha.issuance.verifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import java.security.MessageDigest;

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
            return checkCms(signed, contents, trusted);
        } catch (IOException e) {
            return new Report(Outcome.MODIFIED, "the file is not a readable PDF: " + e.getMessage(), "");
        }
    }

    private static Report checkCms(byte[] signed, byte[] contents, List<X509Certificate> trusted) {
        try (var asn1 = new ASN1InputStream(contents)) {
            // the /Contents hole is zero-padded: read one object, not the whole buffer
            var cms = new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(asn1.readObject()));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) return new Report(Outcome.MODIFIED, "the signer's certificate is missing", "");
            var holder = (X509CertificateHolder) matches.iterator().next();
            var certificate = new JcaX509CertificateConverter().getCertificate(holder);
            var signer = certificate.getSubjectX500Principal().getName();
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return new Report(Outcome.MODIFIED, "the signature does not match the document: it was modified", signer);
            }
            if (trusted.isEmpty()) {
                return new Report(Outcome.TRUST_NOT_CHECKED, "intact; signer certificate SHA-256 " + fingerprint(certificate), signer);
            }
            var chain = new ArrayList<X509Certificate>();
            for (var h : cms.getCertificates().getMatches(null)) {
                chain.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) h));
            }
            return chainsTo(certificate, chain, trusted)
                    ? new Report(Outcome.GENUINE, "signature valid, covers the whole file, signed by the ministry's key", signer)
                    : new Report(Outcome.UNTRUSTED, "signature valid but the signer is not vouched for by the ministry certificate", signer);
        } catch (CMSException e) {
            return new Report(Outcome.MODIFIED, "the signature does not match the document: " + e.getMessage(), "");
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return new Report(Outcome.MODIFIED, "the signature cannot be read: " + e.getMessage(), "");
        }
    }

    /** Walks issuer by issuer (each signature checked) until a trusted certificate, at most ten steps. */
    private static boolean chainsTo(X509Certificate certificate, List<X509Certificate> pool, List<X509Certificate> trusted) {
        var current = certificate;
        for (int depth = 0; depth < 10; depth++) {
            for (var anchor : trusted) {
                if (anchor.equals(current) || signedBy(current, anchor)) return true;
            }
            X509Certificate next = null;
            for (var candidate : pool) {
                if (!candidate.equals(current) && signedBy(current, candidate)) next = candidate;
            }
            if (next == null) return false;
            current = next;
        }
        return false;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) return false;
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
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
