package org.nafitha.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Open data: small counts suppressed, and never recomputable from a department's total. */
@NafithaTest
class OpenDataTest {

    @LocalServerPort
    int port;
    @Autowired
    RecordingCaseEvents listener;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSuppressedCellIsNeverTheOnlyUnknownOfItsDepartment() {
        assertThat(CellSuppression.publish(List.of(3L, 15L, 25L), 10)).containsExactly(null, null, 25L, 43L);
        assertThat(CellSuppression.publish(List.of(4L), 10)).containsExactly(null, null);
        assertThat(CellSuppression.publish(List.of(12L), 10)).containsExactly(12L, 12L);
        assertThat(CellSuppression.publish(List.of(5L, 0L, 0L), 10)).containsExactly(null, 0L, 0L, null);
        assertThat(CellSuppression.publish(List.of(0L, 30L, 40L), 10)).containsExactly(0L, 30L, 40L, 70L);
        // Any group: nothing below the threshold shown, and no hidden cell that subtraction gives back.
        var random = new Random(24);
        for (int run = 0; run < 5_000; run++) {
            var cells = new ArrayList<Long>();
            int size = 1 + random.nextInt(6);
            for (int i = 0; i < size; i++) cells.add((long) (random.nextInt(4) == 0 ? 0 : random.nextInt(40)));
            var out = CellSuppression.publish(cells, 10);
            assertThat(out).as(cells.toString()).allMatch(v -> v == null || v == 0 || v >= 10);
            long hidden = out.subList(0, size).stream().filter(v -> v == null).count();
            if (out.getLast() != null) assertThat(hidden).as(cells.toString()).isNotEqualTo(1);
        }
    }

    @Test
    void theCatalogueListsEachMonthsFilesAndAFileShowsNoSmallCount() {
        var department = "analytics-open-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        var at = Instant.parse("2031-04-15T09:00:00Z");
        RecordingCaseEvents target = AopTestUtils.getUltimateTargetObject(listener);
        var counts = new int[]{3, 15, 25};
        for (int s = 0; s < counts.length; s++) {
            for (int i = 0; i < counts[s]; i++) {
                var event = new CaseSubmitted(CaseReference.of("ANO", 2031, ThreadLocalRandom.current().nextLong(1, 99_999_999)),
                        "open-service-" + s, "1000000016", department, "SUBMITTED", at, Channel.ONLINE);
                new TransactionTemplate(transactions).executeWithoutResult(tx -> target.on(event));
            }
        }
        var api = new ApiClient(port);
        var csv = api.get("/api/v1/open-data/monthly/2031-04.csv", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("Link").orElse("")).contains("creativecommons.org/licenses/by/4.0");
        var lines = Arrays.stream(csv.raw().body().split("\r\n")).filter(l -> l.contains(department)).toList();
        assertThat(lines).containsExactly(
                "2031-04," + department + ",open-service-0,,0,",
                "2031-04," + department + ",open-service-1,,0,",
                "2031-04," + department + ",open-service-2,25,0,",
                "2031-04," + department + ",TOTAL,43,0,");
        var json = api.get("/api/v1/open-data/monthly/2031-04.json", null).body();
        assertThat(json.path("license").asString()).isEqualTo(OpenData.LICENCE);
        assertThat(json.path("lines").findValuesAsString("department")).contains(department);

        var catalog = api.get("/api/v1/open-data/catalog", null);
        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.contentType()).startsWith("application/ld+json");
        assertThat(catalog.body().path("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.body().path("@context").path("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalog.body().path("dct:license").asString()).isEqualTo(OpenData.LICENCE);
        assertThat(catalog.body().path("dcat:dataset").size()).isEqualTo(13);
        assertThat(catalog.body().path("dcat:dataset").get(0).path("dcat:distribution").findValuesAsString("dcat:downloadURL"))
                .anyMatch(u -> u.endsWith(".csv")).anyMatch(u -> u.endsWith(".json"));
        assertThat(api.get("/api/v1/open-data/monthly/last-month.csv", null).status()).isEqualTo(404);
    }

    @Test
    void policeAndPrisonsPublishTheirMonthlyTotalOnlyRounded() {
        var month = YearMonth.of(2045 + ThreadLocalRandom.current().nextInt(20), 1 + ThreadLocalRandom.current().nextInt(12));
        var at = month.atDay(10).atTime(9, 0).toInstant(ZoneOffset.UTC);
        RecordingCaseEvents target = AopTestUtils.getUltimateTargetObject(listener);
        var counts = Map.of("good-conduct-certificate", 3, "traffic-accident-report", 24);
        counts.forEach((service, count) -> {
            for (int i = 0; i < count; i++) {
                var event = new CaseSubmitted(CaseReference.of("ANP", month.getYear(), ThreadLocalRandom.current().nextLong(1, 99_999_999)),
                        service, "1000000016", "police", "SUBMITTED", at, Channel.ONLINE);
                new TransactionTemplate(transactions).executeWithoutResult(tx -> target.on(event));
            }
        });
        var csv = new ApiClient(port).get("/api/v1/open-data/monthly/" + month + ".csv", null).raw().body();
        var police = Arrays.stream(csv.split("\r\n")).filter(l -> l.contains(",police,")).toList();
        assertThat(police).as("27 cases: the total alone, to the nearest ten").containsExactly(month + ",police,TOTAL,30,0,10");
        var json = new ApiClient(port).get("/api/v1/open-data/monthly/" + month + ".json", null).body();
        assertThat(json.path("lines").valueStream().filter(l -> l.path("department").asString().equals("police")).toList())
                .singleElement().satisfies(l -> assertThat(l.path("roundedTo").asInt()).isEqualTo(10));
    }
}
