package org.nafitha.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.OpenData;
import org.nafitha.errors.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: each month's file, CSV and JSON, under CC BY 4.0 ({@link OpenDataCatalogApi}: the catalogue). */
@RestController
@Tag(name = "Open data")
class OpenDataApi {

    private final OpenData openData;
    private final Problems problems;

    OpenDataApi(OpenData openData, Problems problems) {
        this.openData = openData;
        this.problems = problems;
    }

    @Operation(summary = "A month's cases per department and service as JSON; a suppressed count is null")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"month": "2026-02", "license": "https://creativecommons.org/licenses/by/4.0/", "suppressedBelow": 10,
             "lines": [{"month": "2026-02", "department": "passports", "service": "passport-renewal", "submitted": 18342, "completed": 17910},
              {"month": "2026-02", "department": "passports", "service": "passport-lost", "submitted": null, "completed": null},
              {"month": "2026-02", "department": "passports", "service": null, "submitted": 24517, "completed": 23806}]}""")))
    @GetMapping("/api/v1/open-data/monthly/{month}.json")
    ResponseEntity<?> json(@PathVariable String month) {
        var m = month(month);
        if (m == null) return problems.of(AnalyticsError.UNKNOWN_MONTH);
        return ResponseEntity.ok(openData.json(m));
    }

    @Operation(summary = "A month's cases per department and service as CSV (UTF-8); a suppressed count is empty; "
            + "police and prisons give their total only, rounded (rounded_to)")
    @ApiResponse(responseCode = "200", description = "UTF-8 CSV, a suppressed count left empty",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = """
            month,department,service,submitted,completed,rounded_to
            2026-02,passports,passport-renewal,18342,17910,
            2026-02,passports,passport-lost,,,
            2026-02,passports,TOTAL,24517,23806,
            2026-02,police,TOTAL,3410,3260,10
            """)))
    @GetMapping("/api/v1/open-data/monthly/{month}.csv")
    ResponseEntity<?> csv(@PathVariable String month) {
        var m = month(month);
        if (m == null) return problems.of(AnalyticsError.UNKNOWN_MONTH);
        var csv = new StringBuilder("month,department,service,submitted,completed,rounded_to\r\n");
        for (var line : openData.month(m)) {
            csv.append(line.month()).append(',').append(line.department()).append(',')
                    .append(line.service() == null ? "TOTAL" : line.service()).append(',')
                    .append(line.submitted() == null ? "" : line.submitted()).append(',')
                    .append(line.completed() == null ? "" : line.completed()).append(',')
                    .append(line.roundedTo() == null ? "" : line.roundedTo()).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.LINK, "<" + OpenData.LICENCE + ">; rel=\"license\"")
                .body(csv.toString());
    }

    private static @Nullable YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
