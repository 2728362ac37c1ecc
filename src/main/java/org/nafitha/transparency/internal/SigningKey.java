package org.nafitha.transparency.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.nafitha.transparency.TransparencyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.nafitha.transparency.verifier.MerkleHashes;

/**
 * The log's Ed25519 key. Production configures it; a bare machine gets a demo key generated at
 * first start and kept in the data folder, clearly marked as such.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final String DEMO_MARK = "# DEMO KEY generated at first start — configure nafitha.transparency.signing-key in production";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    SigningKey(TransparencyProperties properties) {
        try {
            var pair = properties.signingKey() != null && !properties.signingKey().isBlank()
                    ? fromPkcs8(properties.signingKey())
                    : demoKey(properties);
            this.privateKey = pair.getPrivate();
            this.publicKey = pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("nafitha.transparency.signing-key is not an Ed25519 PKCS#8 key", e);
        }
    }

    byte[] sign(byte[] message) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String keyId() {
        return HexFormat.of().formatHex(MerkleHashes.sha256Of(publicKey.getEncoded()));
    }

    private static KeyPair demoKey(TransparencyProperties properties) throws GeneralSecurityException {
        var file = properties.keyFile();
        try {
            if (Files.exists(file)) {
                var encoded = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
                return fromPkcs8(encoded);
            }
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, DEMO_MARK + "\n" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            log.warn("Generated a DEMO transparency signing key at {}; configure nafitha.transparency.signing-key in production", file);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo signing key at " + file, e);
        }
    }

    private static KeyPair fromPkcs8(String base64) throws GeneralSecurityException {
        var factory = KeyFactory.getInstance("Ed25519");
        var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        // The JDK keeps the public key inside the PKCS#8 v2 encoding it writes; recompute it otherwise.
        var publicKey = publicFrom(privateKey);
        return new KeyPair(publicKey, privateKey);
    }

    private static PublicKey publicFrom(PrivateKey privateKey) throws GeneralSecurityException {
        var edKey = (EdECPrivateKey) privateKey;
        var seed = edKey.getBytes().orElseThrow();
        var bc = new Ed25519PrivateKeyParameters(seed, 0);
        var raw = bc.generatePublicKey().getEncoded();
        var prefix = HexFormat.of().parseHex("302a300506032b6570032100");
        var x509 = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, x509, 0, prefix.length);
        System.arraycopy(raw, 0, x509, prefix.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    }
}
