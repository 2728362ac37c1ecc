package org.nafitha.municipal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.ReviewingMatches;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nafitha.municipal.FieldProblem;

/**
 * Municipal affairs resolve the pairs the matcher sent to review: both records side by side with
 * the weights that made the score, and a vote; two different reviewers who agree resolve the pair.
 */
@RestController
@RequestMapping("/api/v1/municipal/reviews")
@Tag(name = "Municipal match reviews")
class ReviewsApi {

    /** {@code verdict}: SAME (one person) or DIFFERENT (two people). */
    record ReviewVoteJson(@Schema(example = "SAME") @Nullable String verdict) {
    }

    /** {@code resolution}: null while waiting for a second reviewer who agrees. */
    record ReviewVotedJson(@Nullable String resolution) {
    }

    private final ReviewingMatches reviewing;
    private final AuditTrail audit;
    private final MunicipalProblems problems;

    ReviewsApi(ReviewingMatches reviewing, AuditTrail audit, MunicipalProblems problems) {
        this.reviewing = reviewing;
        this.audit = audit;
        this.problems = problems;
    }

    @Operation(summary = "Municipal affairs: the pairs waiting for review, both records side by side, best score first")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"filed": {"id": "4a1e7c93-2b5d-4f06-9c8e-1d3b7a5f2e40", "municipality": "ML-BAABDA-HADATH", "nationalId": null,
              "firstName": "جورج", "fatherName": "إلياس", "grandfatherName": "ميشال", "familyName": "الخوري",
              "motherName": "نهاد", "birthDate": "1961-04-12", "birthYear": 1961, "birthPlace": "الحدث"},
              "candidate": {"id": "8b2f6d14-7c3a-4e91-a5b0-6e2d9c1f3a87", "municipality": "ML-BAABDA-CHIYAH", "nationalId": null,
              "firstName": "جورج", "fatherName": "إلياس", "grandfatherName": "ميشال", "familyName": "الخوري",
              "motherName": "نهاد", "birthDate": null, "birthYear": 1961, "birthPlace": "الحدث"},
              "score": 0.91, "explanation": "الاسم الثلاثي واسم الأم وسنة الولادة متطابقة؛ تاريخ الولادة غير مسجل في أحد السجلين",
              "votes": ["SAME"]}]""")))
    @GetMapping
    ResponseEntity<?> open(Actor actor) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return problems.of(MunicipalError.NOT_MUNICIPAL_AFFAIRS);
        var pairs = reviewing.open(100);
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.review.list", null, null,
                pairs.size() + " pair(s)", null));
        return ResponseEntity.ok(pairs.stream().map(ReviewPairJson::of).toList());
    }

    @Operation(summary = "Municipal affairs: vote on a pair (SAME or DIFFERENT); a reviewer votes once per pair, and two "
            + "different reviewers who agree resolve it")
    @ApiResponse(responseCode = "200", description = "voted; resolution is set once two reviewers agree",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"resolution": "LINK"}""")))
    @PostMapping("/{filed}/{candidate}")
    ResponseEntity<?> vote(@PathVariable String filed, @PathVariable String candidate, @RequestBody ReviewVoteJson body, Actor actor) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return problems.of(MunicipalError.NOT_MUNICIPAL_AFFAIRS);
        var a = PathIds.parse(filed);
        var b = PathIds.parse(candidate);
        if (a.isEmpty() || b.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        ReviewingMatches.Verdict verdict;
        try {
            verdict = ReviewingMatches.Verdict.valueOf(String.valueOf(body.verdict()));
        } catch (IllegalArgumentException unknown) {
            return problems.of(List.of(new FieldProblem("verdict", MunicipalError.VERDICT_INVALID)));
        }
        var outcome = reviewing.vote(actor, a.get(), b.get(), verdict);
        if (outcome.refused() != null) return problems.of(outcome.refused());
        var resolution = outcome.voted() == null ? null : outcome.voted().resolution();
        return ResponseEntity.ok(new ReviewVotedJson(resolution == null ? null : resolution.name()));
    }
}
