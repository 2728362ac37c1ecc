package org.nafitha.issuance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.nafitha.issuance.IssuanceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.Collections;

/**
 * The ministry's document-signing key and its certificate chain: a PKCS#12 keystore from
 * configuration in production; on a bare machine a demo EC P-256 key with a self-signed
 * certificate, made at first start under the data folder and named DEMO in its subject.
 */
@Component
public class MinistryKey {

    private static final Logger log = LoggerFactory.getLogger(MinistryKey.class);
    static final String DEMO_SUBJECT = "CN=DEMO Nafitha document signing - NOT FOR PRODUCTION,O=Nafitha demo,C=SA";
    private static final char[] DEMO_PASSWORD = "nafitha-demo".toCharArray();

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public MinistryKey(IssuanceProperties properties) {
        try {
            KeyStore store = properties.keystore() != null
                    ? load(properties.keystore(), password(properties))
                    : demo(properties.demoKeyDir());
            var password = properties.keystore() != null ? password(properties) : DEMO_PASSWORD;
            var alias = properties.keyAlias() != null && !properties.keyAlias().isBlank() ? properties.keyAlias()
                    : Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no key entry in the issuance keystore"));
            this.privateKey = (PrivateKey) store.getKey(alias, password);
            this.chain = Arrays.stream(store.getCertificateChain(alias)).map(c -> (X509Certificate) c).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the issuance signing key", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    public boolean isDemo() {
        return certificate().getSubjectX500Principal().getName().contains("DEMO");
    }

    /** The certificate a verifier trusts, PEM-encoded: what {@code verify-document} takes. */
    public String certificatePem() {
        try {
            var base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate().getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static char[] password(IssuanceProperties properties) {
        return properties.keystorePassword() == null ? new char[0] : properties.keystorePassword().toCharArray();
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the issuance keystore " + file, e);
        }
    }

    private static KeyStore demo(Path dir) throws GeneralSecurityException {
        var file = dir.resolve("issuance-demo.p12");
        if (Files.exists(file)) return load(file, DEMO_PASSWORD);
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(DEMO_SUBJECT), new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                new X500Name(DEMO_SUBJECT), pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo", pair.getPrivate(), DEMO_PASSWORD, new Certificate[]{certificate});
            Files.createDirectories(dir);
            try (var out = Files.newOutputStream(file)) {
                store.store(out, DEMO_PASSWORD);
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
