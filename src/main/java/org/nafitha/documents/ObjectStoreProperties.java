package org.nafitha.documents;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The document store on an S3-compatible object store, used when {@code nafitha.documents.store=s3}
 * (the default, {@code filesystem}, keeps the store under {@code storeDir} on this node).
 *
 * @param endpoint  the object store's address; unset, the provider's for the region (AWS)
 * @param region    the region the bucket is in (S3-compatible servers mostly know only us-east-1)
 * @param bucket    the one bucket of the document store
 * @param accessKey the access key of the ministry's service account
 * @param secretKey its secret; from the vault, never in a file of the build
 * @param pathStyle {@code http://host/bucket/key} addresses, as most S3-compatible servers want
 */
@ConfigurationProperties("nafitha.documents.s3")
public record ObjectStoreProperties(@Nullable URI endpoint, @DefaultValue("us-east-1") String region,
                                    @DefaultValue("nafitha-documents") String bucket, @Nullable String accessKey,
                                    @Nullable String secretKey, @DefaultValue("true") boolean pathStyle) {
}
