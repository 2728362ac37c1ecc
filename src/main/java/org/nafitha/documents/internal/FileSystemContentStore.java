package org.nafitha.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.nafitha.documents.DocumentTampered;
import org.nafitha.documents.DocumentsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code <storeDir>/ab/cd/abcd…}, encrypted: written to a temporary file, then moved atomically
 * into place. The address is the SHA-256 of the plaintext, so the same bytes are stored once.
 */
@Component
@ConditionalOnProperty(name = "nafitha.documents.store", havingValue = "filesystem", matchIfMissing = true)
class FileSystemContentStore implements ContentStore {

    private final Path root;
    private final AtRestEncryption encryption;

    FileSystemContentStore(DocumentsProperties properties, AtRestEncryption encryption) {
        this.root = properties.storeDir();
        this.encryption = encryption;
    }

    @Override
    public void put(String sha256, byte[] bytes) {
        var target = path(sha256);
        if (Files.exists(target)) return;
        try {
            Files.createDirectories(target.getParent());
            var temp = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temp, encryption.encrypt(sha256, bytes));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + sha256, e);
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        var path = path(sha256);
        try {
            if (!Files.exists(path)) return Optional.empty();
            var stored = Files.readAllBytes(path);
            if (AtRestEncryption.encrypted(stored)) return Optional.of(encryption.decrypt(sha256, stored));
            // Written before the store was encrypted: handed out only while it still is what its address says.
            if (ContentAddress.of(stored).equals(sha256)) return Optional.of(stored);
            throw new DocumentTampered(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + sha256, e);
        }
    }

    @Override
    public void remove(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete document " + sha256, e);
        }
    }

    /** Where the object lies; for checks of what is on disk. */
    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256");
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
