package org.nafitha.documents.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.nafitha.documents.DocumentTampered;
import org.nafitha.documents.DocumentsProperties;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for every stored object: {@code NFE1 | 12-byte nonce | ciphertext+tag}, with the
 * object's address as associated data, so an object swapped for another one fails like an altered
 * one. The key comes from configuration; without one, a demo key is made once and kept in a file
 * ({@link AtRestKey}).
 */
@Component
public class AtRestEncryption {

    static final byte[] MAGIC = "NFE1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    AtRestEncryption(DocumentsProperties properties) {
        this.key = AtRestKey.of(properties);
    }

    public byte[] encrypt(String address, byte[] plain) {
        var nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, address);
            var out = new byte[MAGIC.length + NONCE + cipher.getOutputSize(plain.length)];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            System.arraycopy(nonce, 0, out, MAGIC.length, NONCE);
            cipher.doFinal(plain, 0, plain.length, out, MAGIC.length + NONCE);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plaintext, or {@link DocumentTampered} when the object fails authentication. */
    public byte[] decrypt(String address, byte[] stored) {
        if (!encrypted(stored)) throw new DocumentTampered(address);
        var nonce = Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + NONCE);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, address)
                    .doFinal(stored, MAGIC.length + NONCE, stored.length - MAGIC.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new DocumentTampered(address, e);
        }
    }

    static boolean encrypted(byte[] stored) {
        return stored.length >= MAGIC.length + NONCE + TAG_BITS / 8
                && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private Cipher cipher(int mode, byte[] nonce, String address) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(address.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
