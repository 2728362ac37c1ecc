package org.nafitha.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Messages with the department on my application, as on the application's page: read them and
 * write one. Only the applicant's side of the case; internal staff notes are never shown.
 */
@RestController
@RequestMapping("/api/v1/applications/{reference}/messages")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class CaseMessagesApi {

    private final ReadingCases reading;
    private final CaseNotes notes;
    private final CaseProblems problems;

    CaseMessagesApi(ReadingCases reading, CaseNotes notes, CaseProblems problems) {
        this.reading = reading;
        this.notes = notes;
        this.problems = problems;
    }

    /** @param from APPLICANT or the role of the member of staff who wrote */
    record CaseMessage(long id, String from, String body, Instant at) {
    }

    record NewCaseMessage(@Schema(example = "هل يمكنني استلام الجواز من فرع العليا بدلاً من التوصيل؟") @Nullable String body) {
    }

    @Operation(summary = "Messages between me and the department on my application, oldest first")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": 41, "from": "APPLICANT", "body": "هل يمكنني استلام الجواز من فرع العليا بدلاً من التوصيل؟",
              "at": "2026-03-16T10:20:00+03:00"},
             {"id": 44, "from": "OFFICER", "body": "نعم، يمكنك اختيار الاستلام من الفرع بعد إصدار الجواز",
              "at": "2026-03-16T12:05:31+03:00"}]""")))
    @GetMapping
    ResponseEntity<?> read(@PathVariable String reference, Actor actor) {
        var ref = mine(reference, actor);
        var found = ref.flatMap(r -> notes.of(r, actor));
        if (found.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        List<CaseMessage> shown = found.get().stream().filter(n -> !n.internal())
                .map(n -> new CaseMessage(n.id(), n.authorRole(), n.body(), n.at())).toList();
        return ResponseEntity.ok(shown);
    }

    @Operation(summary = "Write to the department about my application (up to 4,000 characters)")
    @ApiResponse(responseCode = "204", description = "sent", content = @Content)
    @PostMapping
    ResponseEntity<?> write(@PathVariable String reference, @RequestBody NewCaseMessage body, Actor actor) {
        var ref = mine(reference, actor);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var outcome = notes.add(ref.get(), actor, false, body.body() == null ? "" : body.body());
        return switch (outcome) {
            case ADDED -> ResponseEntity.noContent().build();
            case NOT_FOUND, NOT_PERMITTED -> problems.refused(Refusal.CASE_NOT_FOUND);
            case EMPTY -> problems.refused(Refusal.NOTE_EMPTY);
            case TOO_LONG -> problems.refused(Refusal.NOTE_TOO_LONG);
        };
    }

    /** The case if the actor reads it as its applicant's side, as the page does. */
    private Optional<CaseReference> mine(String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(r -> reading.read(r, actor, "applicant"))
                .map(view -> view.caseFile().reference());
    }
}
