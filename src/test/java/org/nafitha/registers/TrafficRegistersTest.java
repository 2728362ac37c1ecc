package org.nafitha.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.catalogue.PrefillSources;
import org.nafitha.country.NationalId;
import org.springframework.beans.factory.annotation.Autowired;

/** The vehicle, licence and violation registers over their tables, and prefill from them. */
@NafithaTest
class TrafficRegistersTest {

    private static final NationalId AHMED = new NationalId("1000000008");
    private static final NationalId NOURA = new NationalId("1000000016");
    private static final NationalId MOHAMMED = new NationalId("2000000006");
    private static final NationalId KHALID = new NationalId("1000000057");
    private static final Locale AR = Locale.forLanguageTag("ar");

    @Autowired
    VehicleRegister vehicles;
    @Autowired
    DrivingLicenceRegister licences;
    @Autowired
    ViolationRegister violations;
    @Autowired
    Prefill prefill;

    @Test
    void aPersonsVehiclesComeWithTheOneWhoseRegistrationEndsFirstFirst() {
        var owned = vehicles.ownedBy(AHMED);
        assertThat(owned).extracting(Vehicle::plateLatin).containsExactly("4821 RSD", "7315 KBA");
        var camry = owned.getFirst();
        assertThat(camry.plateArabic()).isEqualTo("٤٨٢١ ر س د");
        assertThat(camry.description(AR)).isEqualTo("تويوتا كامري 2021، أبيض");
        assertThat(camry.description(Locale.ENGLISH)).isEqualTo("Toyota Camry 2021, white");
        assertThat(camry.registrationExpiry()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(camry.owner()).isEqualTo(AHMED);
        assertThat(vehicles.ownedBy(KHALID)).isEmpty();
    }

    @Test
    void aPlateIsFoundHoweverItIsTyped() {
        assertThat(vehicles.byPlate("٢٥٩٠ lna")).map(Vehicle::owner).contains(NOURA);
        assertThat(vehicles.byPlate("2590LNA")).map(Vehicle::sequenceNumber).contains("904417382");
        assertThat(vehicles.byPlate("2590 LNB")).isEmpty();
        assertThat(vehicles.byPlate("not a plate")).isEmpty();
    }

    @Test
    void aLicenceListsWhatItAllowsInTheReadersLanguage() {
        var licence = licences.heldBy(MOHAMMED).orElseThrow();
        assertThat(licence.number()).isEqualTo("2410553904");
        assertThat(licence.kinds()).containsExactly("private", "public");
        assertThat(licence.kindNames(AR)).isEqualTo("خاصة، عمومية");
        assertThat(licence.kindNames(Locale.ENGLISH)).isEqualTo("Private, Public");
        assertThat(licence.validOn(LocalDate.of(2026, 9, 5))).isTrue();
        assertThat(licence.validOn(LocalDate.of(2026, 9, 6))).isFalse();
        assertThat(licences.heldBy(KHALID)).isEmpty();
    }

    @Test
    void violationsComeNewestFirstAndOnlyTheUnpaidAreOwed() {
        var recorded = violations.of(AHMED);
        assertThat(recorded).extracting(Violation::number)
                .containsExactly("441230587401", "441230611925", "441229904318");
        assertThat(recorded).extracting(Violation::paid).containsExactly(false, false, true);
        assertThat(recorded.getFirst().kind(AR)).startsWith("تجاوز السرعة");
        assertThat(violations.unpaidTotal(AHMED)).isEqualByComparingTo("450");
        assertThat(violations.unpaidTotal(MOHAMMED)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(violations.of(KHALID)).isEmpty();
    }

    @Test
    void prefillResolvesEverySourceOfTheTrafficRegisters() {
        var values = prefill.values(AHMED, List.of("licence.number", "licence.expiry", "licence.issueDate",
                "licence.kinds", "vehicle.plate", "vehicle.plateArabic", "vehicle.sequenceNumber",
                "vehicle.description", "vehicle.registrationExpiry", "violations.unpaidCount",
                "violations.unpaidTotal", "violations.unpaidNumbers", "civil.fullName"), AR);
        assertThat(values).containsEntry("licence.number", "4410286531")
                .containsEntry("licence.expiry", "2027-02-14")
                .containsEntry("licence.issueDate", "2017-02-14")
                .containsEntry("licence.kinds", "خاصة")
                .containsEntry("vehicle.plate", "4821 RSD")
                .containsEntry("vehicle.plateArabic", "٤٨٢١ ر س د")
                .containsEntry("vehicle.sequenceNumber", "873214560")
                .containsEntry("vehicle.description", "تويوتا كامري 2021، أبيض")
                .containsEntry("vehicle.registrationExpiry", "2027-01-10")
                .containsEntry("violations.unpaidCount", "2")
                .containsEntry("violations.unpaidTotal", "450")
                .containsEntry("violations.unpaidNumbers", "441230587401 441230611925")
                .containsEntry("civil.fullName", "أحمد بن علي الزهراني");
    }

    @Test
    void whatARegisterDoesNotHoldIsLeftOutAndNothingIsOwedWithoutViolations() {
        var values = prefill.values(KHALID, List.of("licence.number", "vehicle.plate", "violations.unpaidCount",
                "violations.unpaidTotal", "violations.unpaidNumbers", "nonsense.field", "civil.fullName"), AR);
        assertThat(values).containsOnlyKeys("violations.unpaidCount", "violations.unpaidTotal", "civil.fullName")
                .containsEntry("violations.unpaidCount", "0").containsEntry("violations.unpaidTotal", "0");
        assertThat(prefill.value(MOHAMMED, "violations.unpaidTotal", AR)).contains("0");
        assertThat(prefill.value(NOURA, "violations.unpaidTotal", AR)).contains("500");
    }

    /** The catalogue refuses a source the registers cannot resolve; both must name the same sources. */
    @Test
    void theCatalogueKnowsExactlyTheSourcesTheRegistersResolve() {
        assertThat(PrefillSources.KNOWN).isEqualTo(Prefill.SOURCES);
    }
}
