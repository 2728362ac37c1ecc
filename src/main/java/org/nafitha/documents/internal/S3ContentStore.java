package org.nafitha.documents.internal;

import java.util.Optional;

import org.nafitha.documents.DocumentTampered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The content-addressed store on an S3-compatible object store ({@code ab/cd/abcd…} in one bucket),
 * encrypted before it leaves the node exactly as on disk: every node of a cluster reads what any node
 * stored, and the object store never sees a plaintext. The same bytes are stored once.
 */
class S3ContentStore implements ContentStore {

    private static final Logger log = LoggerFactory.getLogger(S3ContentStore.class);

    private final S3Client s3;
    private final String bucket;
    private final AtRestEncryption encryption;

    S3ContentStore(S3Client s3, String bucket, AtRestEncryption encryption) {
        this.s3 = s3;
        this.bucket = bucket;
        this.encryption = encryption;
    }

    /** Creates the bucket when it does not exist yet (a new deployment, a test). */
    void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) throw e;
            s3.createBucket(b -> b.bucket(bucket));
            log.info("Created the document bucket {}", bucket);
        }
    }

    @Override
    public void put(String sha256, byte[] bytes) {
        var key = key(sha256);
        if (exists(key)) return;
        s3.putObject(p -> p.bucket(bucket).key(key).contentType("application/octet-stream"),
                RequestBody.fromBytes(encryption.encrypt(sha256, bytes)));
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        byte[] stored;
        try {
            stored = s3.getObjectAsBytes(g -> g.bucket(bucket).key(key(sha256))).asByteArray();
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
        if (!AtRestEncryption.encrypted(stored)) throw new DocumentTampered(sha256);
        return Optional.of(encryption.decrypt(sha256, stored));
    }

    @Override
    public void remove(String sha256) {
        s3.deleteObject(d -> d.bucket(bucket).key(key(sha256)));
    }

    private boolean exists(String key) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw e;
        }
    }

    static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256");
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
