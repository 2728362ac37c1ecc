import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The document store's part of a backup: copies every object of a bucket to a folder, or a folder
 * back into a bucket, through the S3 API (any S3-compatible store). The objects are the nodes'
 * ciphertext; the key that opens them is backed up separately (ops/backup). Runs on the AWS SDK
 * inside the application's jar (ops/backup extracts its libraries), credentials from S3_ACCESS_KEY
 * and S3_SECRET_KEY.
 *
 * <pre>java -cp 'lib/*' ObjectStoreCopy.java download ENDPOINT BUCKET DIR
 * java -cp 'lib/*' ObjectStoreCopy.java upload DIR ENDPOINT BUCKET</pre>
 * Prints {@code objects: N copied (B bytes)}.
 */
public class ObjectStoreCopy {

    public static void main(String[] args) throws IOException {
        var download = args[0].equals("download");
        var endpoint = download ? args[1] : args[2];
        var bucket = download ? args[2] : args[3];
        var dir = Path.of(download ? args[3] : args[1]);
        try (var s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        System.getenv("S3_ACCESS_KEY"), System.getenv("S3_SECRET_KEY"))))
                .build()) {
            long count = 0, bytes = 0;
            if (download) {
                Files.createDirectories(dir);
                for (var object : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).build()).contents()) {
                    // Folder markers some servers list (S3Proxy over a file system): the document store
                    // never writes an empty object — each holds at least its header, nonce and tag.
                    if (object.size() == 0 || object.key().endsWith("/")) continue;
                    var target = dir.resolve(object.key());
                    Files.createDirectories(target.getParent());
                    var content = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(object.key()).build()).asByteArray();
                    Files.write(target, content);
                    count++;
                    bytes += content.length;
                }
            } else {
                try {
                    s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
                } catch (NoSuchBucketException e) {
                    s3.createBucket(CreateBucketRequest.builder().bucket(bucket).build());
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                        var key = dir.relativize(file).toString().replace('\\', '/');
                        var content = Files.readAllBytes(file);
                        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(content));
                        count++;
                        bytes += content.length;
                    }
                }
            }
            System.out.println("objects: " + count + " copied (" + bytes + " bytes)");
        }
    }
}
