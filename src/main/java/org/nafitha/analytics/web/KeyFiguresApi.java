package org.nafitha.analytics.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.errors.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/**
 * The key figures of a period for the ministry's dashboards: a head reads their own department's,
 * leadership every department's.
 */
@RestController
@Tag(name = "Analytics")
class KeyFiguresApi {

    private final KeyFigures figures;
    private final KeyFigureFilters filters;
    private final Calendars calendars;
    private final Problems problems;
    private final Clock clock;

    KeyFiguresApi(KeyFigures figures, KeyFigureFilters filters, Calendars calendars, Problems problems, Clock clock) {
        this.figures = figures;
        this.filters = filters;
        this.calendars = calendars;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(summary = "Key figures of a period: volumes, completion, time to decision, service level, channels, satisfaction")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"submitted": 24517, "completed": 23806, "refused": 412, "withdrawn": 95, "completionRate": 0.979,
             "medianDays": 3, "p90Days": 9, "slaCompliance": 0.962, "channels": {"ONLINE": 22360, "RECEPTION": 1310, "CALL_CENTRE": 847},
             "digitalTakeUp": 0.93, "costPerTransaction": 11.40,
             "satisfaction": {"answers": 5208, "mean": 4.3, "satisfiedShare": 0.86},
             "backlog": {"open": 1240, "medianAgeDays": 4, "byAge": {"0-7": 910, "8-30": 281, "31-90": 44, "91+": 5}},
             "appeals": {"lodged": 37, "upheld": 9, "dismissed": 21, "withdrawn": 1, "pending": 6},
             "elsewhere": {"appointments": {"booked": 3120, "cancelled": 211, "noShowRate": 0.064, "medianWait": 7, "p90Wait": 22},
                           "notifications": {"sms.sent": 48210, "sms.arrived": 0.981, "email.sent": 9310, "email.arrived": 0.996,
                                             "push.sent": 12004, "push.arrived": 0.97}}}""")))
    @GetMapping("/api/v1/analytics/kpis")
    ResponseEntity<?> kpis(@RequestParam(required = false) @Nullable String from,
                           @RequestParam(required = false) @Nullable String to,
                           @RequestParam(required = false) @Nullable String service,
                           @RequestParam(required = false) @Nullable String department,
                           @RequestParam(required = false) @Nullable String channel,
                           @Parameter(description = "an office's code: the cases handled there (an appointment booked for "
                                   + "them there) and the appointments there; \"none\": the cases handled at no office")
                           @RequestParam(required = false) @Nullable String office, Actor actor) {
        var scope = AnalyticsScope.of(actor, blankToNull(department));
        if (scope instanceof AnalyticsScope.Denied) {
            return problems.of(AnalyticsError.OTHER_DEPARTMENT);
        }
        var period = Period.read(from, to, calendars.today(clock));
        if (period == null) {
            return refused(AnalyticsError.BAD_PERIOD, String.valueOf(Period.MAX_DAYS));
        }
        var filter = new KeyFigures.Filter(period.from(), period.to(), blankToNull(service),
                ((AnalyticsScope.Allowed) scope).department(), blankToNull(channel), blankToNull(office));
        var unknown = filters.unknown(filter);
        if (unknown != null) return refused(unknown.error(), unknown.argument());
        return ResponseEntity.ok(Kpis.of(figures, filter));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ResponseEntity<ProblemDetail> refused(AnalyticsError error, Object argument) {
        return ResponseEntity.status(error.status()).body(problems.detail(error, argument));
    }
}
