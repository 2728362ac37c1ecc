package org.nafitha.analytics.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.SatisfactionComments;
import org.nafitha.country.Calendars;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The comments applicants left with their answer, personal data masked: a head reads their own department's,
 * leadership every department's. Its operation keeps the id it was published under in {@link SatisfactionApi}.
 */
@RestController
@Tag(name = "Satisfaction")
class SatisfactionCommentsApi {

    private final SatisfactionComments comments;
    private final Calendars calendars;
    private final Problems problems;
    private final Clock clock;

    SatisfactionCommentsApi(SatisfactionComments comments, Calendars calendars, Problems problems, Clock clock) {
        this.comments = comments;
        this.calendars = calendars;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(operationId = "satisfactionComments", summary = "Applicants' comments of a period, personal data masked: a head's own department, leadership all")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"serviceCode": "passport-renewal", "score": 2,
              "comment": "انتظرت أسبوعين لطلب صورة جديدة، وكان بالإمكان إبلاغي من أول يوم",
              "answeredAt": "2026-03-12T20:14:03+03:00"}]""")))
    @GetMapping("/api/v1/analytics/comments")
    ResponseEntity<?> comments(@RequestParam(required = false) @Nullable String from,
                               @RequestParam(required = false) @Nullable String to,
                               @RequestParam(required = false) @Nullable String service,
                               @RequestParam(required = false) @Nullable String department, Actor actor) {
        if (!(AnalyticsScope.of(actor, department == null || department.isBlank() ? null : department.strip())
                instanceof AnalyticsScope.Allowed allowed)) {
            return problems.of(AnalyticsError.OTHER_DEPARTMENT);
        }
        var period = Period.read(from, to, calendars.today(clock));
        if (period == null) {
            return ResponseEntity.badRequest().body(problems.detail(AnalyticsError.BAD_PERIOD, String.valueOf(Period.MAX_DAYS)));
        }
        return ResponseEntity.ok(comments.comments(period.from(), period.to(), allowed.department(),
                service == null || service.isBlank() ? null : service.strip(), calendars.zone(), 200));
    }
}
