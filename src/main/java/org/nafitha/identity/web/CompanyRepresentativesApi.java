package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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
 * A company owner's representatives through the API, with the mandates page's rules: naming one is a
 * {@code PUT} of the person under the company (doing it twice changes nothing), removing one a
 * {@code DELETE}. A company that is not the caller's answers 404, as one that does not exist.
 */
@RestController
@Tag(name = "Mandates")
@SecurityRequirement(name = "bearer")
class CompanyRepresentativesApi {

    private final CompanyRepresentatives representatives;
    private final AppointingRepresentatives appointing;
    private final MessageSource messages;
    private final Problems problems;

    CompanyRepresentativesApi(CompanyRepresentatives representatives, AppointingRepresentatives appointing,
                              MessageSource messages, Problems problems) {
        this.representatives = representatives;
        this.appointing = appointing;
        this.messages = messages;
        this.problems = problems;
    }

    /** @param active false once the owner removed them (kept, so the history is there) */
    record RepresentativeView(@Schema(example = "7001234567") String crNumber, MandatesApi.Name company,
                              @Schema(example = "1000000008") String nationalId, MandatesApi.Name name, boolean active) {

        static RepresentativeView of(CompanyRepresentatives.Representative r) {
            return new RepresentativeView(r.crNumber(), new MandatesApi.Name(r.companyAr(), r.companyEn()), r.nationalId(),
                    new MandatesApi.Name(r.nameAr(), r.nameEn()), r.active());
        }
    }

    @Operation(summary = "The representatives of the companies I own, current and removed, oldest first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = RepresentativeView.class)),
            examples = @ExampleObject(value = """
            [{"crNumber": "7001234567", "company": {"ar": "شركة البناء المتقدم للمقاولات", "en": "Advanced Construction Contracting Co."},
             "nationalId": "1000000065", "name": {"ar": "ليلى بنت حسن العمري", "en": "Layla bint Hassan Al-Omari"},
             "active": true}]""")))
    @GetMapping("/api/v1/companies/representatives")
    List<RepresentativeView> mine(Actor actor) {
        if (actor.nationalId() == null) return List.of();
        return representatives.ofCompaniesOwnedBy(actor.nationalId()).stream().map(RepresentativeView::of).toList();
    }

    @Operation(summary = "Name a person to act for my company (the ID as the civil register holds it; Arabic-Indic "
            + "digits accepted); naming again changes nothing. 404 when the company is not mine, 422 for an ID the "
            + "register does not know")
    @ApiResponse(responseCode = "200", description = "named (or already named)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = RepresentativeView.class),
            examples = @ExampleObject(value = """
            {"crNumber": "7001234567", "company": {"ar": "شركة البناء المتقدم للمقاولات", "en": "Advanced Construction Contracting Co."},
             "nationalId": "1000000065", "name": {"ar": "ليلى بنت حسن العمري", "en": "Layla bint Hassan Al-Omari"},
             "active": true}""")))
    @PutMapping("/api/v1/companies/{crNumber}/representatives/{nationalId}")
    ResponseEntity<?> appoint(@PathVariable String crNumber, @PathVariable String nationalId, Actor actor,
                              Locale locale) {
        if (actor.nationalId() == null) return notFound();
        var outcome = appointing.appoint(actor, actor.nationalId(), crNumber, nationalId);
        if (AppointingRepresentatives.NOT_OWNER.equals(outcome.refusal())) return notFound();
        if (outcome.refusal() != null) {
            return FieldErrors.of(problems, messages, Map.of("nationalId", outcome.refusal()), locale);
        }
        var view = representatives.ofCompaniesOwnedBy(actor.nationalId()).stream()
                .filter(r -> r.crNumber().equals(crNumber) && r.nationalId().equals(outcome.representative()))
                .map(RepresentativeView::of).findFirst().orElseThrow();
        return ResponseEntity.ok().location(URI.create("/api/v1/companies/" + crNumber + "/representatives/"
                + outcome.representative())).body(view);
    }

    @Operation(summary = "Remove a representative of my company at once (their open sessions lose the company's "
            + "mandate); 404 when the company is not mine or the person does not represent it now")
    @ApiResponse(responseCode = "204", description = "removed", content = @Content)
    @DeleteMapping("/api/v1/companies/{crNumber}/representatives/{nationalId}")
    ResponseEntity<?> dismiss(@PathVariable String crNumber, @PathVariable String nationalId, Actor actor) {
        if (actor.nationalId() == null || !appointing.dismiss(actor, actor.nationalId(), crNumber,
                ArabicDigits.toLatin(nationalId))) {
            return notFound();
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
