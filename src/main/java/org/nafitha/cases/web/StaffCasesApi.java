package org.nafitha.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.StaffQueues;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/**
 * The department's side: the queue and a case file (each read audited); decisions and notes are
 * {@link StaffDecisionsApi}, a head's reassignment and urgency {@link CaseSupervisionApi}.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Casework (staff)")
@SecurityRequirement(name = "bearer")
class StaffCasesApi {

    private final ReadingCases reading;
    private final StaffQueues queues;
    private final CaseProblems problems;
    private final Clock clock;

    StaffCasesApi(ReadingCases reading, StaffQueues queues, CaseProblems problems, Clock clock) {
        this.reading = reading;
        this.queues = queues;
        this.problems = problems;
        this.clock = clock;
    }

    record QueueItem(@Schema(example = "PSP-2026-000123-3") String reference,
                     @Schema(example = "passport-renewal") String serviceCode,
                     @Schema(example = "SUBMITTED") String status,
                     @Schema(example = "2026-03-14T09:12:40+03:00") Instant submittedAt,
                     @Schema(example = "officer1") @Nullable String assignee,
                     @Schema(example = "false") boolean urgent,
                     @Schema(example = "2026-03-21T09:12:40+03:00") @Nullable Instant dueAt,
                     @Schema(example = "false") boolean late) {
    }

    record CaseFile(String reference, String serviceCode, String status, int version, String applicant,
                    Map<String, String> fields, Map<String, List<UUID>> documents,
                    List<MyApplicationsApi.Step> timeline) {
    }

    @Operation(summary = "Cases waiting for me, oldest first")
    @GetMapping("/queue")
    List<QueueItem> queue(Actor actor) {
        var now = clock.instant();
        return queues.queue(actor).stream()
                .map(c -> new QueueItem(c.reference().value(), c.serviceCode(), c.status(), c.submittedAt(),
                        c.assignee(), c.urgent(), c.dueAt(), c.breached(now))).toList();
    }

    @Operation(summary = "A case file of my department (the read is recorded in the audit trail)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "serviceCode": "passport-renewal", "status": "SUBMITTED", "version": 2,
             "applicant": "1047382914",
             "fields": {"fullName": "محمد عبد الرحيم خان", "dateOfBirth": "1988-05-17", "currentPassportNumber": "X4829173",
                        "validityYears": "10", "mobile": "0551234567"},
             "documents": {"photo": ["7c9e6679-7425-40de-944b-e07fc1f90ae7"]},
             "timeline": [{"at": "2026-03-14T09:12:40+03:00", "status": "SUBMITTED", "action": "submit",
                           "actorRole": "APPLICANT"}]}""")))
    @GetMapping("/cases/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "casework"))
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(new CaseFile(v.caseFile().reference().value(),
                        v.caseFile().serviceCode(), v.caseFile().status(), v.caseFile().version(),
                        v.caseFile().applicant(), v.caseFile().answers(), v.documents(),
                        v.timeline().stream().map(MyApplicationsApi::step).toList())))
                .orElseGet(() -> problems.refused(Refusal.CASE_NOT_FOUND));
    }
}
