package org.nafitha.issuance;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issued documents and their verification.
 *
 * @param keystore         the ministry's signing key and certificate chain, PKCS#12 (production)
 * @param keystorePassword its password
 * @param keyAlias         the entry to use; the first key entry when blank
 * @param demoKeyDir       where a demo key and self-signed certificate are made at first start when no keystore is set
 * @param publicBaseUrl    the address printed in the QR code, to which {@code /verify/{code}} is appended
 * @param ministryNameAr   the issuing authority as printed on every document
 * @param ministryNameEn   the same, in English
 * @param verificationsPerMinute how many verification look-ups one client address may make per minute
 * @param courierSecret    the shared HMAC-SHA256 key couriers sign their reports with
 * @param courierClockSkew how old (or early) a courier request's timestamp may be
 */
@ConfigurationProperties("nafitha.issuance")
public record IssuanceProperties(@Nullable Path keystore, @Nullable String keystorePassword, @Nullable String keyAlias,
                                 @DefaultValue("./data/keys") Path demoKeyDir,
                                 @DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue("وزارة الداخلية") String ministryNameAr,
                                 @DefaultValue("Ministry of Interior") String ministryNameEn,
                                 @DefaultValue("30") int verificationsPerMinute,
                                 @DefaultValue("demo-courier-secret-change-me") String courierSecret,
                                 @DefaultValue("5m") Duration courierClockSkew) {
}
