package org.nafitha.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.documents.internal.ContentAddress;
import org.springframework.beans.factory.annotation.Autowired;

/** What lies on disk is ciphertext; it decrypts back to what was stored, and an altered object is refused. */
@NafithaTest
class EncryptedStoreTest {

    private static final List<String> PAGES = List.of("application/pdf", "image/png", "image/jpeg", "image/tiff");

    @Autowired
    Documents documents;
    @Autowired
    DocumentsProperties properties;

    @Test
    void theFileOnDiskIsCiphertextAndDecryptsBackToTheDocument() throws IOException {
        var line = "Deed of sale, plot 4471, Riyadh";
        var stored = store(SampleFiles.pdf(line), "صك.pdf");

        var onDisk = Files.readAllBytes(objectPath(stored.sha256()));
        var disk = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertThat(disk).doesNotContain("%PDF").doesNotContain("Deed of sale").startsWith("NFE1");
        var back = documents.contentForProcessing(stored.id()).orElseThrow();
        assertThat(new String(back, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(ContentAddress.of(back)).isEqualTo(stored.sha256());
    }

    @Test
    void theSameBytesAreStoredOnce() throws IOException {
        var page = SampleFiles.scan("png", 41);
        var first = store(page, "page.png");
        var second = store(page, "page-again.png");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        try (var files = Files.list(objectPath(first.sha256()).getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
    }

    @Test
    void anAlteredObjectFailsItsIntegrityCheckInsteadOfReturningGarbage() throws IOException {
        var stored = store(SampleFiles.pdf("Power of attorney 88120"), "وكالة.pdf");
        var path = objectPath(stored.sha256());
        var bytes = Files.readAllBytes(path);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(path, bytes);

        assertThatThrownBy(() -> documents.contentForProcessing(stored.id())).isInstanceOf(DocumentTampered.class);
    }

    @Test
    void theDemoKeyIsKeptInAFileOnlyItsOwnerCanRead() throws IOException {
        var key = properties.keyFile();
        assertThat(Files.readString(key)).contains("DEMO KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void anEmptyFileIsRefused() {
        var outcome = documents.store(new Upload("deed", "empty.pdf", new byte[0], "1000000008", "archivist1", PAGES,
                1_000_000));
        assertThat(outcome).isEqualTo(new UploadOutcome.Refused(UploadOutcome.Reason.EMPTY, ""));
    }

    private StoredDocument store(byte[] bytes, String name) {
        var outcome = documents.store(new Upload("deed", name, bytes, "1000000008", "archivist1", PAGES, 5_000_000));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        return ((UploadOutcome.Stored) outcome).document();
    }

    private Path objectPath(String sha256) {
        return properties.storeDir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
