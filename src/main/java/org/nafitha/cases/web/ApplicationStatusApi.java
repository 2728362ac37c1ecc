package org.nafitha.cases.web;

import java.time.Instant;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Where an application stands, for a phone that polls it: one indexed read, a small answer, 304 when unchanged. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationStatusApi {

    private final ReadingCases reading;
    private final CaseProblems problems;

    ApplicationStatusApi(ReadingCases reading, CaseProblems problems) {
        this.reading = reading;
        this.problems = problems;
    }

    /** @param version changes with every step the case takes: the ETag of this answer */
    record Status(@Schema(example = "PSP-2026-000123-3") String reference, @Schema(example = "passport-renewal") String serviceCode,
                  @Schema(example = "INFO_REQUESTED") String status, @Schema(example = "3") int version,
                  @Schema(example = "2026-03-15T11:03:05+03:00") Instant updatedAt) {
    }

    @Operation(operationId = "applicationsStatus", summary = "Where my application stands: the cheapest read, for polling",
            description = "One indexed read and a small answer. The ETag changes with every step of the case: send it back "
                    + "in If-None-Match and an unchanged case answers 304 with no body.")
    @ApiResponse(responseCode = "200", description = "where it stands",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Status.class),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "serviceCode": "passport-renewal", "status": "INFO_REQUESTED",
             "version": 3, "updatedAt": "2026-03-15T11:03:05+03:00"}""")))
    @ApiResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match", content = @Content)
    @GetMapping("/{reference}/status")
    ResponseEntity<?> status(@PathVariable String reference, Actor actor, WebRequest request) {
        return CaseReference.parse(reference).flatMap(ref -> reading.standing(ref, actor)).<ResponseEntity<?>>map(s -> {
            var etag = "\"" + s.reference().value() + "." + s.version() + "\"";
            var cache = CacheControl.noCache().cachePrivate();
            if (request.checkNotModified(etag)) return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
            return ResponseEntity.ok().eTag(etag).cacheControl(cache)
                    .body(new Status(s.reference().value(), s.serviceCode(), s.status(), s.version(), s.updatedAt()));
        }).orElseGet(() -> problems.refused(Refusal.CASE_NOT_FOUND));
    }
}
