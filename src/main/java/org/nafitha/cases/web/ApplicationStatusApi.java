package org.nafitha.cases.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where an application stands, for a phone that polls it: one indexed read, a small answer, 304 when unchanged. The
 * answer is written by one prepared JSON writer straight to the response, not through Spring's choice of message
 * converter and its copy of the headers: for an answer this small that machinery was a seventh of the poll's CPU
 * (issue 27). The mapping produces JSON only, so a client asking for anything else still gets Spring's 406.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationStatusApi {

    private static final String NO_CACHE = CacheControl.noCache().cachePrivate().getHeaderValue();

    private final ReadingCases reading;
    private final CaseProblems problems;
    private final ObjectWriter statusJson;

    ApplicationStatusApi(ReadingCases reading, CaseProblems problems, JsonMapper json) {
        this.reading = reading;
        this.problems = problems;
        this.statusJson = json.writerFor(Status.class);
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
    @GetMapping(path = "/{reference}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Nullable ResponseEntity<?> status(@PathVariable String reference, Actor actor, ServletWebRequest request,
                                       HttpServletResponse response) throws IOException {
        var standing = CaseReference.parse(reference).flatMap(ref -> reading.standing(ref, actor));
        if (standing.isEmpty()) {
            // named here: the mapping produces JSON, and a problem is problem+json
            var refused = problems.refused(Refusal.CASE_NOT_FOUND);
            return ResponseEntity.status(refused.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refused.getBody());
        }
        var s = standing.get();
        var etag = "\"" + s.reference().value() + "." + s.version() + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (request.checkNotModified(etag)) return null;
        var body = statusJson.writeValueAsBytes(new Status(s.reference().value(), s.serviceCode(), s.status(), s.version(),
                s.updatedAt()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return null; // written: Spring takes a null entity as a request already answered
    }
}
