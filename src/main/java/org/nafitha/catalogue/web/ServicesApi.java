package org.nafitha.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Applicant;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FormValidator;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.catalogue.Reason;
import org.nafitha.catalogue.ServiceDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Service catalogue")
class ServicesApi {

    private final Catalogue catalogue;
    private final FormValidator validator;

    ServicesApi(Catalogue catalogue, FormValidator validator) {
        this.catalogue = catalogue;
        this.validator = validator;
    }

    @Schema(example = """
            {"code": "good-conduct-certificate", "name": {"ar": "شهادة حسن سيرة وسلوك", "en": "Good conduct certificate"},
             "sector": "police", "fee": 0, "slaDays": 3}""")
    record ServiceSummary(String code, LocalizedText name, String sector, BigDecimal fee, int slaDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceDetail(String code, LocalizedText name, String sector, BigDecimal fee, int slaDays,
                         LocalizedText summary, LocalizedText eligibility, List<LocalizedText> steps,
                         List<LocalizedText> documents, List<FieldSchema> fields, List<Applicant> applicants,
                         boolean appointment, boolean delivery, @Nullable LocalizedText outputDocument,
                         List<Reason> reasons) {
    }

    @Operation(summary = "All services of the catalogue")
    @GetMapping
    List<ServiceSummary> all() {
        return catalogue.all().stream()
                .map(s -> new ServiceSummary(s.code(), s.name(), s.sector(), s.fee(), s.slaDays())).toList();
    }

    @Operation(summary = "One service with its guidance and form",
            description = "The form's fields carry every constraint the submission is checked against: options, "
                    + "pattern with an example, number range, maximum length, date bounds (past/future), upload media "
                    + "types and size, and the condition under which a field is asked (showWhen).")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"code": "passport-renewal", "name": {"ar": "تجديد جواز السفر", "en": "Passport renewal"}, "sector": "passports",
             "fee": 300, "slaDays": 5,
             "summary": {"ar": "تجديد جواز السفر السعودي لمدة خمس أو عشر سنوات", "en": "Renew a Saudi passport for five or ten years"},
             "eligibility": {"ar": "للمواطنين من عمر ٢١ سنة فأكثر", "en": "Citizens aged 21 or over"},
             "steps": [{"ar": "تعبئة الطلب وإرفاق الصورة", "en": "Fill in the form and attach the photo"},
                       {"ar": "سداد الرسوم", "en": "Pay the fee"}],
             "documents": [{"ar": "صورة شخصية حديثة بخلفية بيضاء", "en": "A recent photo on a white background"}],
             "fields": [{"name": "validityYears", "type": "select", "required": true,
                         "label": {"ar": "مدة صلاحية الجواز الجديد", "en": "Validity of the new passport"},
                         "hint": {"ar": "رسوم الخمس سنوات ٣٠٠ ريال، والعشر سنوات ٦٠٠ ريال.", "en": "Five years costs 300 riyals, ten years 600 riyals."},
                         "options": [{"value": "5", "label": {"ar": "خمس سنوات", "en": "Five years"}},
                                     {"value": "10", "label": {"ar": "عشر سنوات", "en": "Ten years"}}]}],
             "applicants": ["SELF"], "appointment": false, "delivery": true,
             "outputDocument": {"ar": "جواز سفر", "en": "Passport"},
             "reasons": [{"code": "photo-not-compliant",
                          "label": {"ar": "الصورة الشخصية لا تطابق المواصفات (خلفية بيضاء، وجه واضح)",
                                    "en": "The personal photo does not meet the requirements (white background, clear face)"}}]}""")))
    @GetMapping("/{code}")
    ResponseEntity<?> one(@PathVariable String code) {
        return catalogue.find(code).<ResponseEntity<?>>map(s -> ResponseEntity.ok(detail(s)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No service " + code)));
    }

    private ServiceDetail detail(ServiceDefinition s) {
        var fields = s.fields().stream().map(f -> FieldSchema.of(f, validator)).toList();
        return new ServiceDetail(s.code(), s.name(), s.sector(), s.fee(), s.slaDays(), s.summary(), s.eligibility(),
                s.steps(), s.documents(), fields, s.applicants(), s.appointment(), s.delivery(), s.outputDocument(),
                s.reasons());
    }
}
