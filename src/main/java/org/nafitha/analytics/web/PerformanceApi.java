package org.nafitha.analytics.web;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.PublishedFigures;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** The public performance page's figures for apps: the same lines, the same suppression. */
@RestController
@Tag(name = "Performance")
class PerformanceApi {

    /**
     * @param threshold counts below it are null (published as "fewer than threshold"); a median,
     *                  satisfaction or take-up resting on fewer cases is null too
     */
    record Performance(YearMonth from, YearMonth to, int threshold, List<PublishedFigures.Line> services,
                       @Nullable String service, List<PublishedFigures.Line> months) {
    }

    private final PublishedFigures published;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final Clock clock;

    PerformanceApi(PublishedFigures published, Catalogue catalogue, Calendars calendars, Clock clock) {
        this.published = published;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Operation(summary = "Public performance of the last twelve months: per service, and month by month for one service; small counts suppressed")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"from": "2025-03", "to": "2026-02", "threshold": 10,
             "services": [{"key": "passport-renewal", "submitted": 201544, "completed": 197320, "medianDays": 3, "satisfaction": 4.3, "digitalTakeUp": 0.91},
                          {"key": "passport-lost", "submitted": null, "completed": null, "medianDays": null, "satisfaction": null, "digitalTakeUp": null}],
             "service": "passport-renewal",
             "months": [{"key": "2026-01", "submitted": 17205, "completed": 16940, "medianDays": 3, "satisfaction": 4.2, "digitalTakeUp": 0.9},
                        {"key": "2026-02", "submitted": 18342, "completed": 17910, "medianDays": 2, "satisfaction": 4.4, "digitalTakeUp": 0.92}]}""")))
    @GetMapping("/api/v1/performance")
    ResponseEntity<?> performance(@RequestParam(required = false) @Nullable String service) {
        var to = YearMonth.from(calendars.today(clock));
        var from = to.minusMonths(11);
        if (service != null && !service.isBlank() && catalogue.find(service.strip()).isEmpty()) {
            // the same code as the key figures' 400 for an unknown service filter, so it cannot be an AnalyticsError
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such service");
            problem.setProperty("code", "analytics.UNKNOWN_SERVICE");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        var chosen = service == null || service.isBlank() ? null : service.strip();
        return ResponseEntity.ok(new Performance(from, to, published.threshold(), published.services(from, to), chosen,
                chosen == null ? List.of() : published.months(chosen, from, to)));
    }
}
