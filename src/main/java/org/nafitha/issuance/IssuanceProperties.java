package org.nafitha.issuance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * @param couriers         each courier's ID and the HMAC-SHA256 key it signs its reports with
 * @param courierClockSkew how old (or early) a courier request's timestamp may be
 * @param deliveryFee      what home delivery costs, in the country's currency
 * @param pickupOffices    the offices an applicant may choose to collect a document from
 * @param maxWrongCodes    wrong handover codes after which only an ID check hands the document over
 */
@ConfigurationProperties("nafitha.issuance")
public record IssuanceProperties(@Nullable Path keystore, @Nullable String keystorePassword, @Nullable String keyAlias,
                                 @DefaultValue("./data/keys") Path demoKeyDir,
                                 @DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue("وزارة الداخلية") String ministryNameAr,
                                 @DefaultValue("Ministry of Interior") String ministryNameEn,
                                 @DefaultValue("30") int verificationsPerMinute,
                                 @Nullable Map<String, String> couriers,
                                 @DefaultValue("5m") Duration courierClockSkew,
                                 @DefaultValue("25") BigDecimal deliveryFee,
                                 @DefaultValue({"riyadh-olaya", "jeddah-rawdah", "dammam-faisaliyah"}) List<String> pickupOffices,
                                 @DefaultValue("5") int maxWrongCodes) {

    public Map<String, String> courierKeys() {
        return couriers == null ? Map.of() : couriers;
    }
}
