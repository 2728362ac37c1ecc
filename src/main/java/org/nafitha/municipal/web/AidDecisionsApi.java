package org.nafitha.municipal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.AidDecisions;
import org.nafitha.municipal.internal.DecidingAid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The aid decided for a filed household by its municipality's staff, as the decision page takes it. */
@RestController
@Tag(name = "Municipal assessments")
class AidDecisionsApi {

    /** {@code outcome} GRANTED (with {@code kind} and {@code amount} in US dollars) or REFUSED (with {@code reason}). */
    @Schema(example = """
            {"outcome": "GRANTED", "kind": "FOOD", "amount": "١٢٠", "reason": null}""")
    record AidDecisionJson(@Nullable String outcome, @Nullable String kind, @Nullable Object amount, @Nullable String reason) {
    }

    private final DecidingAid deciding;
    private final AidDecisions decisions;
    private final MunicipalProblems problems;

    AidDecisionsApi(DecidingAid deciding, AidDecisions decisions, MunicipalProblems problems) {
        this.deciding = deciding;
        this.decisions = decisions;
        this.problems = problems;
    }

    @Operation(summary = "Decide the aid for a filed household of my municipality (its staff only, once): granted with "
            + "a kind and an amount, or refused with a reason. Aid another municipality granted to a member is not a "
            + "refusal: read it in helpedElsewhere first. The same decision sent again answers it (200); another, 409.")
    @ApiResponse(responseCode = "201", description = "decided (200: the same decision was already recorded)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"assessment": "5c2d8e71-9a4b-4f3e-8d16-2b7e0c9a4f15", "municipality": "ML-BAABDA-BAABDA", "outcome": "REFUSED",
             "kind": null, "amount": null, "reason": "الأسرة تتلقى مساعدة شهرية من بلدية سن الفيل",
             "decidedBy": "municipality1", "decidedAt": "2026-12-06T22:05:00Z"}""")))
    @PostMapping("/api/v1/municipal/assessments/{id}/decision")
    ResponseEntity<?> decide(@PathVariable String id, @Parameter(required = true)
                             @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                             @RequestBody AidDecisionJson body, Actor actor) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.ASSESSMENT_NOT_FOUND);
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(MunicipalError.IDEMPOTENCY_KEY_REQUIRED);
        var amount = body.amount() == null ? null : String.valueOf(body.amount());
        var refused = deciding.decide(actor, uuid.get(), body.outcome(), body.kind(), amount, body.reason());
        var decided = decisions.of(uuid.get());
        if (refused.isEmpty()) return ResponseEntity.status(201).body(decided.orElseThrow());
        if (isAlreadyDecided(refused) && decided.isPresent() && sameAs(decided.get(), body, actor)) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(decided.get());
        }
        return problems.of(refused);
    }

    private static boolean isAlreadyDecided(List<FieldProblem> refused) {
        return refused.size() == 1 && refused.getFirst().error() == MunicipalError.AID_ALREADY_DECIDED;
    }

    private static boolean sameAs(AidDecisions.Decision d, AidDecisionJson body, Actor actor) {
        return d.decidedBy().equals(actor.username()) && d.outcome().name().equalsIgnoreCase(String.valueOf(body.outcome()))
                && (d.kind() == null || d.kind().name().equalsIgnoreCase(String.valueOf(body.kind())));
    }
}
