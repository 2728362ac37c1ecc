package org.nafitha.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nafitha.documents.DocumentTampered;
import org.nafitha.documents.DocumentsProperties;
import org.nafitha.documents.S3Server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The document store on a real S3-compatible server: two nodes share it, and it only ever holds ciphertext. */
class S3ContentStoreTest {

    static S3Client s3;
    static String bucket;
    static AtRestEncryption encryption;

    @BeforeAll
    static void server() {
        s3 = S3Client.builder().endpointOverride(S3Server.endpoint()).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)))
                .build();
        bucket = "documents-" + UUID.randomUUID().toString().substring(0, 8);
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        encryption = new AtRestEncryption(new DocumentsProperties(Path.of("target", "s3-test-store"),
                Base64.getEncoder().encodeToString(key), null, null, null, null, null));
    }

    private static S3ContentStore node() {
        var store = new S3ContentStore(s3, bucket, encryption);
        store.ensureBucket();
        return store;
    }

    @Test
    void whatOneNodeStoresAnotherReadsAndTheBucketHoldsOnlyCiphertext() {
        var a = node();
        var b = node();
        var deed = "صك ملكية — قطعة ٤٤٧١، الرياض".getBytes(StandardCharsets.UTF_8);
        var address = ContentAddress.of(deed);
        a.put(address, deed);
        assertThat(b.get(address)).hasValue(deed);

        var raw = s3.getObjectAsBytes(g -> g.bucket(bucket).key(S3ContentStore.key(address))).asByteArray();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).startsWith("NFE1");
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("الرياض");
        assertThat(b.get(ContentAddress.of("never stored".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void theSameBytesFromTwoNodesAreOneObject() {
        var a = node();
        var b = node();
        var page = ("page " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var address = ContentAddress.of(page);
        a.put(address, page);
        var first = s3.headObject(h -> h.bucket(bucket).key(S3ContentStore.key(address))).eTag();
        b.put(address, page);
        assertThat(s3.headObject(h -> h.bucket(bucket).key(S3ContentStore.key(address))).eTag())
                .as("not written again").isEqualTo(first);
        assertThat(s3.listObjectsV2(l -> l.bucket(bucket).prefix(S3ContentStore.key(address))).keyCount()).isEqualTo(1);
    }

    @Test
    void anObjectAlteredInTheBucketIsRefusedNotHandedOut() {
        var store = node();
        var letter = ("power of attorney " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var address = ContentAddress.of(letter);
        store.put(address, letter);
        var key = S3ContentStore.key(address);
        var raw = s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)).asByteArray();
        raw[raw.length / 2] ^= 0x01;
        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(raw));
        assertThatThrownBy(() -> store.get(address)).isInstanceOf(DocumentTampered.class);

        s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(letter));
        assertThatThrownBy(() -> store.get(address)).as("a plaintext put there behind our back")
                .isInstanceOf(DocumentTampered.class);
    }
}
