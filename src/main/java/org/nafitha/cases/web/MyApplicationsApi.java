package org.nafitha.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.TimelineEntry;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The applicant following their applications: the list, and one with its timeline and documents. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class MyApplicationsApi {

    private final ReadingCases reading;
    private final CaseProblems problems;
    private final Calendars calendars;

    MyApplicationsApi(ReadingCases reading, CaseProblems problems, Calendars calendars) {
        this.reading = reading;
        this.problems = problems;
        this.calendars = calendars;
    }

    @Schema(name = "ApplicationSummary")
    record Summary(@Schema(example = "PSP-2026-000123-3") String reference,
                   @Schema(example = "passport-renewal") String serviceCode,
                   @Schema(example = "PENDING_REVIEW") String status,
                   @Schema(example = "2026-03-14T09:12:40+03:00") Instant submittedAt,
                   @Schema(description = "when it was submitted as people read it, Gregorian and Hijri, in the request's language",
                           example = "السبت ١٤ مارس ٢٠٢٦ م — ٢٤ رمضان ١٤٤٧ هـ، ٠٩:١٢") String submittedReadable) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(Instant at, String status, String action, String actorRole, @Nullable String note,
                @Nullable String reason) {
    }

    record Application(String reference, String serviceCode, String status, Instant submittedAt, List<Step> timeline,
                       Map<String, List<UUID>> documents) {
    }

    @Operation(operationId = "applicationsMine",
            summary = "My applications, newest first")
    @GetMapping
    List<Summary> mine(Actor actor) {
        return reading.mine(actor).stream()
                .map(c -> new Summary(c.reference().value(), c.serviceCode(), c.status(), c.submittedAt(),
                        calendars.dateTime(c.submittedAt(), LocaleContextHolder.getLocale()))).toList();
    }

    @Operation(operationId = "applicationsOne",
            summary = "One of my applications with its timeline; someone else's reference is not found")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "serviceCode": "passport-renewal", "status": "INFO_REQUESTED",
             "submittedAt": "2026-03-14T09:12:40+03:00",
             "timeline": [
               {"at": "2026-03-14T09:12:40+03:00", "status": "SUBMITTED", "action": "submit", "actorRole": "APPLICANT"},
               {"at": "2026-03-15T11:03:05+03:00", "status": "INFO_REQUESTED", "action": "request-info",
                "actorRole": "OFFICER", "note": "نرجو إرفاق صورة شخصية حديثة بخلفية بيضاء", "reason": "photo-not-compliant"}],
             "documents": {"photo": ["7c9e6679-7425-40de-944b-e07fc1f90ae7"]}}""")))
    @GetMapping("/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "applicant"))
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok(new Application(view.caseFile().reference().value(),
                        view.caseFile().serviceCode(), view.caseFile().status(), view.caseFile().submittedAt(),
                        view.timeline().stream().map(MyApplicationsApi::step).toList(), view.documents())))
                .orElseGet(() -> problems.refused(Refusal.CASE_NOT_FOUND));
    }

    static Step step(TimelineEntry e) {
        return new Step(e.at(), e.status(), e.action(), e.actorRole(), e.note(), e.reasonCode());
    }
}
