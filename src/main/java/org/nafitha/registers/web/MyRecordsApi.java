package org.nafitha.registers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.registers.DrivingLicenceRegister;
import org.nafitha.registers.SignedInPerson;
import org.nafitha.registers.VehicleRegister;
import org.nafitha.registers.Violation;
import org.nafitha.registers.ViolationRegister;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The same records as the "my records" page, for apps: the signed-in person's own, nobody else's. */
@RestController
@Tag(name = "Registers")
@SecurityRequirement(name = "bearer")
class MyRecordsApi {

    record VehicleView(String plateLatin, String plateArabic, String sequenceNumber, String makeAr, String makeEn,
                       String modelAr, String modelEn, int year, String colourAr, String colourEn,
                       LocalDate registrationExpiry) {
    }

    record LicenceView(String number, List<String> kinds, LocalDate issuedOn, LocalDate expiresOn) {
    }

    record ViolationView(String number, LocalDate date, String placeAr, String placeEn, String kindAr,
                         String kindEn, BigDecimal amount, boolean paid, String plate) {
    }

    @Schema(example = """
            {"vehicles": [{"plateLatin": "RSD 4821", "plateArabic": "ر س د ٤٨٢١", "sequenceNumber": "873420915",
                           "makeAr": "تويوتا", "makeEn": "Toyota", "modelAr": "كامري", "modelEn": "Camry", "year": 2022,
                           "colourAr": "أبيض", "colourEn": "White", "registrationExpiry": "2027-05-14"}],
             "licence": {"number": "1047382914", "kinds": ["PRIVATE"], "issuedOn": "2021-09-02", "expiresOn": "2031-09-01"},
             "violations": [{"number": "V-2026-0093127", "date": "2026-02-21", "placeAr": "طريق الملك فهد، الرياض",
                             "placeEn": "King Fahd Road, Riyadh", "kindAr": "تجاوز السرعة المحددة",
                             "kindEn": "Exceeding the speed limit", "amount": 300, "paid": false, "plate": "RSD 4821"}],
             "unpaidCount": 1, "unpaidTotal": 300}""")
    record Records(List<VehicleView> vehicles, @Nullable LicenceView licence, List<ViolationView> violations,
                   int unpaidCount, BigDecimal unpaidTotal) {
    }

    private final SignedInPerson person;
    private final VehicleRegister vehicles;
    private final DrivingLicenceRegister licences;
    private final ViolationRegister violations;

    MyRecordsApi(SignedInPerson person, VehicleRegister vehicles, DrivingLicenceRegister licences,
                 ViolationRegister violations) {
        this.person = person;
        this.vehicles = vehicles;
        this.licences = licences;
        this.violations = violations;
    }

    @GetMapping("/api/v1/registers/mine")
    @Operation(summary = "My vehicles, driving licence and traffic violations, with what is still owed")
    Records mine() {
        var id = person.nationalId().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "only a citizen or resident has records of their own"));
        var recorded = violations.of(id);
        var unpaid = recorded.stream().filter(v -> !v.paid()).toList();
        return new Records(
                vehicles.ownedBy(id).stream().map(v -> new VehicleView(v.plateLatin(), v.plateArabic(), v.sequenceNumber(),
                        v.makeAr(), v.makeEn(), v.modelAr(), v.modelEn(), v.year(), v.colourAr(), v.colourEn(),
                        v.registrationExpiry())).toList(),
                licences.heldBy(id).map(l -> new LicenceView(l.number(), l.kinds(), l.issuedOn(), l.expiresOn())).orElse(null),
                recorded.stream().map(v -> new ViolationView(v.number(), v.committedOn(), v.placeAr(), v.placeEn(),
                        v.kindAr(), v.kindEn(), v.amount(), v.paid(), v.plateLatin())).toList(),
                unpaid.size(), unpaid.stream().map(Violation::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
