package org.nafitha.issuance.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo stand-in for the ministry's key on a bare machine: an EC P-256 key with a self-signed
 * certificate named DEMO in its subject, made at first start under the data folder and read from
 * there after.
 */
final class DemoSigningKey {

    /** Logged under the key it stands in for, as before. */
    private static final Logger log = LoggerFactory.getLogger(MinistryKey.class);
    static final String SUBJECT = "CN=DEMO Nafitha document signing - NOT FOR PRODUCTION,O=Nafitha demo,C=SA";
    static final char[] PASSWORD = "nafitha-demo".toCharArray();

    private DemoSigningKey() {
    }

    static KeyStore keystore(Path dir) throws GeneralSecurityException {
        var file = dir.resolve("issuance-demo.p12");
        if (Files.exists(file)) return MinistryKey.load(file, PASSWORD);
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(SUBJECT), new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                new X500Name(SUBJECT), pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo", pair.getPrivate(), PASSWORD, new Certificate[]{certificate});
            Files.createDirectories(dir);
            try (var out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            Files.writeString(dir.resolve("issuance-demo.README"), """
                    DEMO document-signing key generated at first start (password: nafitha-demo).
                    Documents signed with it are NOT official. Configure nafitha.issuance.keystore in production.
                    """);
            log.warn("Generated a DEMO document-signing key at {}; configure nafitha.issuance.keystore in production", file);
            return store;
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the demo document-signing key in " + dir, e);
        }
    }
}
