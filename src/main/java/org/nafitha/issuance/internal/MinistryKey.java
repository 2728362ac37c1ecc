package org.nafitha.issuance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import org.nafitha.issuance.IssuanceProperties;
import org.springframework.stereotype.Component;
import java.security.KeyStoreException;
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

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public MinistryKey(IssuanceProperties properties) {
        try {
            KeyStore store = properties.keystore() != null
                    ? load(properties.keystore(), password(properties))
                    : DemoSigningKey.keystore(properties.demoKeyDir());
            var password = properties.keystore() != null ? password(properties) : DemoSigningKey.PASSWORD;
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

    static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the issuance keystore " + file, e);
        }
    }
}
