package org.nafitha.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Applicant;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.FieldDefinition;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Service catalogue")
class ServicesApi {

    private final Catalogue catalogue;

    ServicesApi(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record ServiceSummary(String code, LocalizedText name, String sector, BigDecimal fee, int slaDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Field(String name, String type, boolean required, LocalizedText label, @Nullable LocalizedText hint,
                 @Nullable List<FieldDefinition.Option> options, @Nullable String pattern, @Nullable BigDecimal min,
                 @Nullable BigDecimal max, @Nullable Boolean prefilled, @Nullable List<String> accept,
                 @Nullable Long maxBytes, FieldDefinition.@Nullable Condition showWhen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceDetail(String code, LocalizedText name, String sector, BigDecimal fee, int slaDays,
                         LocalizedText summary, LocalizedText eligibility, List<LocalizedText> steps,
                         List<LocalizedText> documents, List<Field> fields, List<Applicant> applicants,
                         boolean appointment, boolean delivery, @Nullable LocalizedText outputDocument,
                         List<Reason> reasons) {
    }

    @Operation(summary = "All services of the catalogue")
    @GetMapping
    List<ServiceSummary> all() {
        return catalogue.all().stream()
                .map(s -> new ServiceSummary(s.code(), s.name(), s.sector(), s.fee(), s.slaDays())).toList();
    }

    @Operation(summary = "One service with its guidance and form")
    @GetMapping("/{code}")
    ResponseEntity<?> one(@PathVariable String code) {
        return catalogue.find(code).<ResponseEntity<?>>map(s -> ResponseEntity.ok(detail(s)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No service " + code)));
    }

    private static ServiceDetail detail(ServiceDefinition s) {
        var fields = s.fields().stream().map(f -> new Field(f.name(), f.type().apiName(), f.required(), f.label(),
                f.hint(), f.options().isEmpty() ? null : f.options(), f.pattern(), f.min(), f.max(),
                f.prefilled() ? Boolean.TRUE : null, f.accept().isEmpty() ? null : f.accept(), f.maxBytes(),
                f.showWhen())).toList();
        return new ServiceDetail(s.code(), s.name(), s.sector(), s.fee(), s.slaDays(), s.summary(), s.eligibility(),
                s.steps(), s.documents(), fields, s.applicants(), s.appointment(), s.delivery(), s.outputDocument(),
                s.reasons());
    }
}
