package org.nafitha.municipal.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewBeneficiary;
import org.nafitha.municipal.internal.Beneficiaries;
import org.nafitha.municipal.internal.FilingBeneficiaries;
import org.nafitha.municipal.internal.ReadingBeneficiaries;
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
 * The register of beneficiaries for municipalities: file one (matched at once against every
 * municipality's records) and read one back. Another municipality's record is not found.
 */
@RestController
@RequestMapping("/api/v1/municipal/beneficiaries")
@Tag(name = "Municipal beneficiaries")
class BeneficiariesApi {

    /** {@code birthDate} "yyyy-mm-dd" or {@code birthYear} (a number or text); Arabic-Indic digits accepted. */
    @Schema(example = """
            {"nationalId": null, "firstName": "جورج", "fatherName": "إلياس", "grandfatherName": "ميشال",
             "familyName": "الخوري", "motherName": "نهاد", "birthDate": "1961-04-12", "birthYear": 1961,
             "birthPlace": "الحدث", "municipality": "ML-BAABDA-HADATH"}""")
    record NewBeneficiaryJson(@Nullable String nationalId, @Nullable String firstName, @Nullable String fatherName,
                @Nullable String grandfatherName, @Nullable String familyName, @Nullable String motherName,
                @Nullable String birthDate, @Nullable Object birthYear, @Nullable String birthPlace,
                @Nullable String municipality) {
    }

    private final FilingBeneficiaries filing;
    private final ReadingBeneficiaries reading;
    private final Beneficiaries beneficiaries;
    private final MunicipalProblems problems;

    BeneficiariesApi(FilingBeneficiaries filing, ReadingBeneficiaries reading, Beneficiaries beneficiaries,
                     MunicipalProblems problems) {
        this.filing = filing;
        this.reading = reading;
        this.beneficiaries = beneficiaries;
        this.problems = problems;
    }

    @Operation(summary = "File a beneficiary for my municipality; answers the matches found across all municipalities "
            + "(LINK: the same person, REVIEW: two people must look). The same Idempotency-Key, or the same person "
            + "filed again by my municipality, answers the record already on file (200).")
    @ApiResponse(responseCode = "201", description = "filed (200: already on file for my municipality)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "4a1e7c93-2b5d-4f06-9c8e-1d3b7a5f2e40", "matches": [{"id": "8b2f6d14-7c3a-4e91-a5b0-6e2d9c1f3a87", "score": 0.91, "decision": "REVIEW",
               "explanation": "الاسم الثلاثي واسم الأم وسنة الولادة متطابقة؛ تاريخ الولادة غير مسجل في أحد السجلين"}]}""")))
    @PostMapping
    ResponseEntity<?> file(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false)
                           @Nullable String key, @RequestBody NewBeneficiaryJson body, Actor actor) {
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(MunicipalError.IDEMPOTENCY_KEY_REQUIRED);
        var request = new NewBeneficiary(body.nationalId(), body.firstName(), body.fatherName(), body.grandfatherName(),
                body.familyName(), body.motherName(), body.birthDate(),
                body.birthYear() == null ? null : String.valueOf(body.birthYear()), body.birthPlace(), body.municipality());
        return switch (filing.file(actor, request, key)) {
            case FilingBeneficiaries.Filed f -> (f.existing() ? ResponseEntity.ok()
                    : ResponseEntity.created(URI.create("/api/v1/municipal/beneficiaries/" + f.id())))
                    .header("Idempotent-Replayed", String.valueOf(f.existing()))
                    .body(BeneficiaryJson.BeneficiaryFiledJson.of(f.id(), f.matches()));
            case FilingBeneficiaries.Refused r -> problems.of(r.problems());
        };
    }

    @Operation(summary = "One beneficiary of my municipality, with the matches found when it was filed")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "4a1e7c93-2b5d-4f06-9c8e-1d3b7a5f2e40", "municipality": "ML-BAABDA-HADATH", "nationalId": null,
             "firstName": "جورج", "fatherName": "إلياس", "grandfatherName": "ميشال", "familyName": "الخوري",
             "motherName": "نهاد", "birthDate": "1961-04-12", "birthYear": 1961, "birthPlace": "الحدث",
             "matches": [{"id": "8b2f6d14-7c3a-4e91-a5b0-6e2d9c1f3a87", "score": 0.91, "decision": "REVIEW",
               "explanation": "الاسم الثلاثي واسم الأم وسنة الولادة متطابقة؛ تاريخ الولادة غير مسجل في أحد السجلين"}]}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var found = PathIds.parse(id).flatMap(uuid -> reading.read(actor, uuid));
        if (found.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        return ResponseEntity.ok(BeneficiaryJson.of(found.get(), beneficiaries.matchesOf(found.get().id())));
    }
}
