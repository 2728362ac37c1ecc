package org.nafitha.municipal.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.FilingAssessments;
import org.nafitha.municipal.internal.FilingNewAssessments;
import org.nafitha.municipal.internal.ReadingAssessments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Household assessments and displacement reports filed whole by an app: every member filed into
 * the register of beneficiaries (its matches answered at once), and read back with the aid
 * decided. Another municipality's record is not found.
 */
@RestController
@RequestMapping("/api/v1/municipal/assessments")
@Tag(name = "Municipal assessments")
class AssessmentsApi {

    private final FilingNewAssessments filing;
    private final ReadingAssessments reading;
    private final AssessmentReplies replies;
    private final MunicipalProblems problems;

    AssessmentsApi(FilingNewAssessments filing, ReadingAssessments reading, AssessmentReplies replies,
                   MunicipalProblems problems) {
        this.filing = filing;
        this.reading = reading;
        this.replies = replies;
        this.problems = problems;
    }

    @Operation(summary = "File a whole household assessment or displacement report for my municipality: the answers "
            + "checked against the form (every problem at its field, e.g. members[0].firstName), then every member filed "
            + "into the register of beneficiaries and matched across all municipalities (LINK: the same person, REVIEW: "
            + "two people must look). The same Idempotency-Key answers the record already filed (200).")
    @ApiResponse(responseCode = "201", description = "filed (200: already filed under this Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5c2d8e71-9a4b-4f3e-8d16-2b7e0c9a4f15", "members": [{"number": 0,
              "beneficiaryId": "4a1e7c93-2b5d-4f06-9c8e-1d3b7a5f2e40", "existing": false, "answers": null,
              "matches": [{"id": "8b2f6d14-7c3a-4e91-a5b0-6e2d9c1f3a87", "municipality": "ML-MATN-SIN-EL-FIL",
                "score": 17.5, "decision": "LINK", "explanation": "first=EXACT(+5.5) family=EXACT(+6.5) birth=EXACT(+5.5)"}]}]}""")))
    @PostMapping
    ResponseEntity<?> file(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false)
                           @Nullable String key, @RequestBody NewAssessmentJson body, Actor actor) {
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(MunicipalError.IDEMPOTENCY_KEY_REQUIRED);
        if (body.form() == null || body.form().isBlank()) return problems.of(List.of(
                new FieldProblem("form", MunicipalError.FORM_UNKNOWN)));
        var in = AssessmentJson.in(body.answers(), body.members());
        if (!in.problems().isEmpty()) return problems.of(in.problems());
        return switch (filing.fileNew(actor, body.form(), body.version(), in.answers(), key)) {
            case FilingAssessments.Filed f -> (f.existing() ? ResponseEntity.ok()
                    : ResponseEntity.created(URI.create("/api/v1/municipal/assessments/" + f.id())))
                    .header("Idempotent-Replayed", String.valueOf(f.existing()))
                    .body(replies.filed(f));
            case FilingAssessments.Refused r -> problems.of(r.problems());
        };
    }

    @Operation(summary = "One filed assessment of my municipality, read with the form version it was filed with: the "
            + "answers, each member's record in the register and its matches, aid another municipality already granted "
            + "to a member (helpedElsewhere), and the aid decided.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5c2d8e71-9a4b-4f3e-8d16-2b7e0c9a4f15", "form": "household-assessment", "version": 1,
             "municipality": "ML-BAABDA-BAABDA", "filedAt": "2026-12-06T21:40:00Z",
             "answers": {"area": "حي الكنيسة", "householdSize": 4, "monthlyIncome": 150, "needs": ["food", "health"],
                         "healthDetails": "دواء ضغط للأب", "disability": false},
             "members": [{"number": 0, "beneficiaryId": "4a1e7c93-2b5d-4f06-9c8e-1d3b7a5f2e40", "existing": false,
               "answers": {"firstName": "جورج", "fatherName": "إلياس", "familyName": "الخوري", "birthDate": "1961-04-12", "relation": "head"},
               "matches": []}],
             "helpedElsewhere": [{"member": 0, "municipality": "ML-MATN-SIN-EL-FIL", "kind": "FOOD", "amount": 100,
               "decidedAt": "2026-11-02T09:15:00Z", "how": "LINK"}],
             "decision": {"outcome": "GRANTED", "kind": "CASH", "amount": 150, "reason": null,
               "decidedBy": "municipality1", "decidedAt": "2026-12-06T22:05:00Z"}}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var found = PathIds.parse(id).flatMap(uuid -> reading.read(actor, uuid));
        if (found.isEmpty()) return problems.of(MunicipalError.ASSESSMENT_NOT_FOUND);
        return ResponseEntity.ok(replies.household(found.get()));
    }
}
