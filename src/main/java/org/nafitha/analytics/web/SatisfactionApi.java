package org.nafitha.analytics.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.Satisfaction;
import org.nafitha.analytics.internal.SatisfactionQuestions;
import org.nafitha.cases.CaseReference;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The applicant's one answer on how satisfied they were ({@link SatisfactionCommentsApi}: the comments a head reads). */
@RestController
@Tag(name = "Satisfaction")
class SatisfactionApi {

    @Schema(name = "SatisfactionAnswer")
    record Answer(@Schema(example = "4") @Nullable Object score,
                  @Schema(example = "الخدمة سريعة، لكن موعد الاستلام كان بعيداً") @Nullable String comment) {
    }

    record QuestionView(String reference, boolean asked, boolean answered, @Nullable Integer score) {
    }

    private final Satisfaction satisfaction;
    private final SatisfactionQuestions questions;
    private final SatisfactionForm.Reading reading;
    private final Problems problems;

    SatisfactionApi(Satisfaction satisfaction, SatisfactionQuestions questions, MessageSource messages,
                    Problems problems) {
        this.satisfaction = satisfaction;
        this.questions = questions;
        this.reading = new SatisfactionForm.Reading(messages);
        this.problems = problems;
    }

    @Operation(summary = "Whether the applicant was asked how satisfied they are with this case, and their answer")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "asked": true, "answered": false, "score": null}""")))
    @GetMapping("/api/v1/applications/{reference}/satisfaction")
    ResponseEntity<?> question(@PathVariable String reference, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return notFound();
        var question = questions.question(actor, ref.get());
        if (question.isPresent()) {
            var q = question.get();
            return ResponseEntity.ok(new QuestionView(ref.get().value(), true, q.answered(), q.answeredScore()));
        }
        if (!questions.isOwn(actor, ref.get())) return notFound();
        return ResponseEntity.ok(new QuestionView(ref.get().value(), false, false, null));
    }

    @Operation(summary = "Answer, once, how satisfied you are with a case that has ended: a score of 1 to 5 and an optional comment")
    @ApiResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "score": 4}""")))
    @PostMapping("/api/v1/applications/{reference}/satisfaction")
    ResponseEntity<?> answer(@PathVariable String reference, @RequestBody Answer body,
                             @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                             Actor actor, Locale locale) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return notFound();
        if (key == null || !key.matches("[A-Za-z0-9-]{8,128}")) {
            return problems.of(AnalyticsError.IDEMPOTENCY_KEY_REQUIRED);
        }
        var form = reading.read(body.score() == null ? null : String.valueOf(body.score()), body.comment(), locale);
        if (!form.errors().isEmpty()) {
            // api.invalid is errors.CommonError.INVALID with 422; published here with 400, so it cannot be that entry
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reading.invalid(locale));
            problem.setProperty("code", "api.invalid");
            problem.setProperty("errors", new LinkedHashMap<>(form.errors()));
            return ResponseEntity.badRequest().body(problem);
        }
        return switch (satisfaction.answer(actor, ref.get(), form.score(), form.comment(), key)) {
            case Satisfaction.Recorded r -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("reference", r.reference().value(), "score", r.score()));
            case Satisfaction.AlreadyAnswered a -> problems.of(AnalyticsError.ALREADY_ANSWERED);
            case Satisfaction.NotEnded n -> problems.of(AnalyticsError.NOT_ENDED);
            case Satisfaction.NotFound n -> notFound();
        };
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
