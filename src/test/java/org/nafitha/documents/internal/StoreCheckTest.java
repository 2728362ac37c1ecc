package org.nafitha.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.documents.Documents;
import org.nafitha.documents.DocumentsProperties;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.StoredDocument;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The check run after a restore: a document read back intact passes; an altered or missing object is named. */
@NafithaTest
class StoreCheckTest {

    @Autowired
    Documents documents;
    @Autowired
    DocumentsProperties properties;
    @Autowired
    ContentStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anIntactDocumentPassesAndAnAlteredOrMissingOneIsNamed() throws IOException {
        var check = new StoreCheck(jdbc, store, null);
        var kept = stored("Civil register 1999, page 7", "kept.pdf");
        var altered = stored("Marriage contract, copy 2", "altered.pdf");
        var before = check.check();
        assertThat(before.missing()).doesNotContain(kept.sha256(), altered.sha256());
        assertThat(before.altered()).doesNotContain(kept.sha256(), altered.sha256());

        var object = properties.storeDir().resolve(altered.sha256().substring(0, 2))
                .resolve(altered.sha256().substring(2, 4)).resolve(altered.sha256());
        var bytes = Files.readAllBytes(object);
        bytes[bytes.length - 1] ^= 1;
        Files.write(object, bytes);
        var gone = "0".repeat(63) + "1";
        jdbc.sql("""
                        INSERT INTO documents (id, kind, sha256, media_type, size_bytes, filename, owner, uploaded_by, uploaded_at)
                        SELECT :newId, kind, :gone, media_type, size_bytes, 'lost.pdf', owner, uploaded_by, uploaded_at
                        FROM documents WHERE id = :id""")
                .param("newId", UUID.randomUUID()).param("gone", gone).param("id", kept.id()).update();
        try {
            var after = check.check();
            assertThat(after.intact()).isFalse();
            assertThat(after.altered()).contains(altered.sha256()).doesNotContain(kept.sha256());
            assertThat(after.missing()).contains(gone);
            assertThat(after.line()).startsWith("documents: ").contains(gone);
        } finally {
            jdbc.sql("DELETE FROM documents WHERE sha256 = :gone").param("gone", gone).update();
        }
    }

    private StoredDocument stored(String line, String name) {
        var outcome = documents.store(new Upload("deed", name, SampleFiles.pdf(line), "1000000008", "archivist1",
                List.of("application/pdf"), 5_000_000));
        return ((UploadOutcome.Stored) outcome).document();
    }
}
