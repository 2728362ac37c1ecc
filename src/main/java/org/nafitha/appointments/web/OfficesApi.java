package org.nafitha.appointments.web;

import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.errors.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The offices that receive a service, so that an app can book from the API alone: the slots call
 * and the booking need an office code, which only this lists. Same offices as the booking form.
 */
@RestController
@RequestMapping("/api/v1/appointments/offices")
@Tag(name = "Appointments")
class OfficesApi {

    private final Catalogue catalogue;
    private final Offices offices;
    private final OfficeViews views;
    private final Problems problems;

    OfficesApi(Catalogue catalogue, Offices offices, OfficeViews views, Problems problems) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.views = views;
        this.problems = problems;
    }

    @Operation(summary = "Offices that receive a service by appointment",
            description = "Each office's code (for /slots and booking), names and address in Arabic and English, map "
                    + "point, weekly opening hours and the next day with a free seat. 404 for an unknown service, 422 "
                    + "for a service not received by appointment.")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"code": "riyadh-passports-olaya", "type": "PASSPORT_OFFICE",
              "name": {"ar": "إدارة الجوازات بالرياض — فرع العليا", "en": "Riyadh Passports — Olaya branch"},
              "address": {"ar": "طريق الملك فهد، حي العليا، الرياض 12214", "en": "King Fahd Road, Al Olaya, Riyadh 12214"},
              "location": {"latitude": 24.6948, "longitude": 46.6853},
              "mapUrl": "https://www.openstreetmap.org/?mlat=24.6948&mlon=46.6853#map=17/24.6948/46.6853",
              "minutes": 15,
              "hours": [{"day": "SUNDAY", "opens": "08:00:00", "closes": "14:30:00"},
                        {"day": "MONDAY", "opens": "08:00:00", "closes": "14:30:00"}],
              "nextFreeDay": "2026-03-22", "nextFreeDayText": "الأحد ٢٢ مارس ٢٠٢٦ (٣ شوال ١٤٤٧ هـ)"}]""")))
    @GetMapping
    ResponseEntity<?> forService(@Parameter(description = "service code, e.g. passport-issue", example = "passport-issue")
                                 @RequestParam String service) {
        var definition = catalogue.find(service);
        if (definition.isEmpty()) return problem(Refusal.UNKNOWN_SERVICE);
        if (!definition.get().appointment() || !offices.services().containsKey(service)) {
            return problem(Refusal.NOT_BY_APPOINTMENT);
        }
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok(offices.forService(service).stream().map(o -> views.view(o, service, locale)).toList());
    }

    private ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        return problems.of(refusal);
    }
}
