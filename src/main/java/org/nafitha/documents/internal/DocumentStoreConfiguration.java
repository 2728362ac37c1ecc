package org.nafitha.documents.internal;

import org.nafitha.documents.ObjectStoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where documents are kept: on this node's disk (the default, {@code nafitha.documents.store=filesystem})
 * or, for a cluster, on an S3-compatible object store every node shares ({@code s3}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "nafitha.documents.store", havingValue = "s3")
    S3Client documentsS3Client(ObjectStoreProperties properties) {
        var builder = S3Client.builder().region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible servers refuse the SDK's
                // default trailing checksums, and every object carries its own AES-GCM tag anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (properties.endpoint() != null) builder.endpointOverride(properties.endpoint());
        if (properties.accessKey() != null && properties.secretKey() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnProperty(name = "nafitha.documents.store", havingValue = "s3")
    ContentStore s3ContentStore(S3Client documentsS3Client, ObjectStoreProperties properties,
                                AtRestEncryption encryption) {
        var store = new S3ContentStore(documentsS3Client, properties.bucket(), encryption);
        store.ensureBucket();
        return store;
    }
}
