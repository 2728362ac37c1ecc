package org.nafitha.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * With {@code nafitha.documents.store=s3} the whole application keeps documents on the shared
 * object store, not on the node's disk: what any node of a cluster stored, every node reads.
 */
@NafithaTest
class DocumentsOnAnObjectStoreTest {

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("nafitha.documents.store", () -> "s3");
        registry.add("nafitha.documents.s3.endpoint", () -> S3Server.endpoint().toString());
        registry.add("nafitha.documents.s3.bucket", () -> "nafitha-documents-app");
        registry.add("nafitha.documents.s3.access-key", () -> S3Server.ACCESS_KEY);
        registry.add("nafitha.documents.s3.secret-key", () -> S3Server.SECRET_KEY);
    }

    @Autowired
    Documents documents;
    @Autowired
    DocumentsProperties properties;
    @Autowired
    S3Client s3;

    @Test
    void aStoredDocumentLivesInTheBucketAndReadsBackThroughTheApplication() {
        var line = "Deed of sale, plot 9902, Dammam " + System.nanoTime();
        var outcome = documents.store(new Upload("deed", "صك.pdf", SampleFiles.pdf(line), "1000000008", "archivist1",
                List.of("application/pdf"), 5_000_000));
        var stored = ((UploadOutcome.Stored) outcome).document();
        var sha = stored.sha256();
        var key = sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;

        var object = s3.getObjectAsBytes(g -> g.bucket("nafitha-documents-app").key(key)).asByteArray();
        assertThat(new String(object, StandardCharsets.ISO_8859_1)).startsWith("NFE1").doesNotContain("%PDF");
        assertThat(Files.exists(properties.storeDir().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)))
                .as("nothing on this node's disk").isFalse();
        var back = documents.contentForProcessing(stored.id()).orElseThrow();
        assertThat(new String(back, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }
}
