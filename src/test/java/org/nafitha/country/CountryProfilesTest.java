package org.nafitha.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Each bundled country profile, bound exactly as the application binds it, with real-shaped numbers. */
class CountryProfilesTest {

    private static CountryProperties profile(String code) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load(code, new ClassPathResource("application-country-" + code + ".yml"))
                .forEach(environment.getPropertySources()::addFirst);
        return Binder.get(environment).bind("nafitha.country", CountryProperties.class).get();
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
            "qa, 28563412345, CITIZEN",
            "qa, 29035612345, RESIDENT",
            "qa, 18563412345, PREFIX",
            "qa, 2856341234, LENGTH",
            "eg, 29001010100015, CITIZEN",
            "eg, 30512312101237, CITIZEN",
            "eg, 29002300100015, BIRTH_DATE",
            "eg, 29001019900015, REGION",
            "eg, 49001010100015, PREFIX",
            "iq, 199012345678, CITIZEN",
            "iq, 19901234567, LENGTH",
            "lb, ٠٠٠١٢٣٤٥٦٧٨٩, CITIZEN",
            "lb, 0001234567, LENGTH"})
    void validatesNationalIds(String country, String number, String expected) throws IOException {
        var check = new NationalIds(profile(country)).check(number);
        switch (expected) {
            case "CITIZEN" -> assertThat(check).isInstanceOfSatisfying(NationalIds.Valid.class, v -> assertThat(v.citizen()).isTrue());
            case "RESIDENT" -> assertThat(check).isInstanceOfSatisfying(NationalIds.Valid.class, v -> assertThat(v.citizen()).isFalse());
            default -> assertThat(check).isEqualTo(new NationalIds.Invalid(NationalIds.Problem.valueOf(expected)));
        }
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "qa, 55123456, +97455123456",
            "qa, +974 5512 3456, +97455123456",
            "eg, 01012345678, +201012345678",
            "eg, +20 101 234 5678, +201012345678",
            "iq, 07701234567, +9647701234567",
            "iq, ٠٧٧٠١٢٣٤٥٦٧, +9647701234567",
            "lb, 03123456, +9613123456",
            "lb, 71123456, +96171123456",
            "lb, +961 71 123 456, +96171123456"})
    void normalisesMobileNumbers(String country, String typed, String international) throws IOException {
        assertThat(new PhoneNumbers(profile(country)).normalise(typed)).hasValue(international);
    }

    @ParameterizedTest
    @CsvSource({"qa, 45123456", "eg, 0221234567", "iq, 0612345678", "lb, 01234567"})
    void refusesLandlinesAndNonsense(String country, String typed) throws IOException {
        assertThat(new PhoneNumbers(profile(country)).normalise(typed)).isEmpty();
    }
}
