package org.nafitha.analytics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.analytics.internal.OpenData;
import org.nafitha.country.Calendars;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data's DCAT catalogue (JSON-LD): one dataset per month, each with its files ({@link OpenDataApi}).
 * Its operation keeps the id it was published under in {@code OpenDataApi}.
 */
@RestController
@Tag(name = "Open data")
class OpenDataCatalogApi {

    private final OpenData openData;
    private final Calendars calendars;
    private final Clock clock;

    OpenDataCatalogApi(OpenData openData, Calendars calendars, Clock clock) {
        this.openData = openData;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Operation(operationId = "openDataCatalog", summary = "The open data catalogue in DCAT (JSON-LD): one dataset per month, each as CSV and JSON")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/ld+json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
             "@type": "dcat:Catalog",
             "dct:title": [{"@value": "البيانات المفتوحة لوزارة الداخلية", "@language": "ar"},
                           {"@value": "Ministry of Interior open data", "@language": "en"}],
             "dct:description": "Counts below 10 are suppressed, and further cells where a suppressed one could be recomputed from a total.",
             "dct:license": "https://creativecommons.org/licenses/by/4.0/",
             "dcat:dataset": [{"@type": "dcat:Dataset", "dct:identifier": "cases-2026-02",
               "dct:title": {"@value": "Cases per department and service, 2026-02", "@language": "en"},
               "dct:temporal": {"@type": "dct:PeriodOfTime", "dcat:startDate": "2026-02-01", "dcat:endDate": "2026-02-28"},
               "dct:license": "https://creativecommons.org/licenses/by/4.0/",
               "dcat:distribution": [{"@type": "dcat:Distribution",
                 "dcat:downloadURL": "https://nafitha.moi.gov.sa/api/v1/open-data/monthly/2026-02.csv", "dcat:mediaType": "text/csv",
                 "dct:license": "https://creativecommons.org/licenses/by/4.0/"}]}]}""")))
    @GetMapping(value = "/api/v1/open-data/catalog", produces = "application/ld+json")
    ResponseEntity<Map<String, Object>> catalog() {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/open-data/monthly/").toUriString();
        var datasets = new ArrayList<Map<String, Object>>();
        for (var month : openData.months(YearMonth.from(calendars.today(clock)))) {
            var dataset = new LinkedHashMap<String, Object>();
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", "cases-" + month);
            dataset.put("dct:title", Map.of("@value", "Cases per department and service, " + month, "@language", "en"));
            dataset.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime",
                    "dcat:startDate", month.atDay(1).toString(), "dcat:endDate", month.atEndOfMonth().toString()));
            dataset.put("dct:license", OpenData.LICENCE);
            dataset.put("dcat:distribution", List.of(
                    distribution(base + month + ".csv", "text/csv"),
                    distribution(base + month + ".json", "application/json")));
            datasets.add(dataset);
        }
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/"));
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", List.of(Map.of("@value", "البيانات المفتوحة لوزارة الداخلية", "@language", "ar"),
                Map.of("@value", "Ministry of Interior open data", "@language", "en")));
        catalog.put("dct:description", "Counts below " + openData.threshold()
                + " are suppressed, and further cells where a suppressed one could be recomputed from a total.");
        catalog.put("dct:license", OpenData.LICENCE);
        catalog.put("dcat:dataset", datasets);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json")).body(catalog);
    }

    private static Map<String, Object> distribution(String url, String type) {
        var d = new LinkedHashMap<String, Object>();
        d.put("@type", "dcat:Distribution");
        d.put("dcat:downloadURL", url);
        d.put("dcat:mediaType", type);
        d.put("dct:license", OpenData.LICENCE);
        return d;
    }
}
