package org.nafitha.issuance.verifier;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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
import org.nafitha.issuance.verifier.DocumentVerifier.Outcome;
import org.nafitha.issuance.verifier.DocumentVerifier.Report;

/**
 * The CMS signature inside a PDF: that it matches the signed bytes, and whether its signer is the
 * ministry's certificate or chains to it, issuer by issuer.
 */
final class CmsSignatures {

    private CmsSignatures() {
    }

    static Report check(byte[] signed, byte[] contents, List<X509Certificate> trusted) {
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
}
