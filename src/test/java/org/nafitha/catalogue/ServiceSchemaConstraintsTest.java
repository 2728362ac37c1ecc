package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The service schema gives each field's constraints as data, and they are the validator's: for
 * every field of every service, an answer built from the schema alone just outside a constraint
 * is refused and one just inside is not — so an app that checks before sending never meets a 422
 * the schema did not announce.
 */
@NafithaTest
class ServiceSchemaConstraintsTest {

    @LocalServerPort int port;
    @Autowired FormValidator validator;
    @Autowired Catalogue catalogue;
    @Autowired Calendars calendars;
    @Autowired Clock clock;

    @Test
    void aDeathDateIsInThePastALossDateOnlyWhenLostAndAPatternComesWithAnExample() {
        var api = new ApiClient(port);
        var today = calendars.today(clock).toString();
        var death = field(api, "death-certificate", "dateOfDeath");
        assertThat(death.path("dateRule").asString()).isEqualTo("past");
        assertThat(death.path("maxDate").asString()).isEqualTo(today);
        var renewal = api.get("/api/v1/services/passport-renewal", null).body();
        assertThat(renewal.path("fields").valueStream().filter(f -> f.path("dateRule").asString().equals("future")))
                .isNotEmpty().allMatch(f -> f.path("minDate").asString().equals(today));

        var loss = field(api, "driving-licence-replacement", "lossDate");
        assertThat(loss.path("showWhen").path("field").asString()).isEqualTo("reason");
        assertThat(loss.path("showWhen").path("equals").asString()).isEqualTo("lost");
        assertThat(field(api, "driving-licence-replacement", "lossPlace").path("maxLength").asInt()).isEqualTo(200);

        var licence = field(api, "driving-licence-issue", patternField(api, "driving-licence-issue"));
        assertThat(licence.path("example").asString()).isEqualTo("20261187").matches(licence.path("pattern").asString());

        var notice = api.get("/api/v1/services/death-certificate", null).body().path("fields").valueStream()
                .filter(f -> f.path("type").asString().equals("file")).findFirst().orElseThrow();
        assertThat(notice.path("maxBytes").asLong()).isEqualTo(5_242_880L);
        assertThat(notice.path("accept").valueStream().map(JsonNode::asString))
                .containsExactly("image/jpeg", "image/png", "application/pdf");
        assertThat(notice.has("maxLength")).as("a file has a size, not a length").isFalse();
    }

    @Test
    void everyAnnouncedConstraintIsTheOneTheValidatorApplies() {
        var api = new ApiClient(port);
        int checked = 0;
        for (var summary : api.get("/api/v1/services", null).body()) {
            var code = summary.path("code").asString();
            var service = catalogue.find(code).orElseThrow();
            for (var field : api.get("/api/v1/services/" + code, null).body().path("fields")) {
                if (field.path("prefilled").asBoolean() || field.path("type").asString().equals("file")) continue;
                checked += checkField(service, field);
            }
        }
        assertThat(checked).as("constraints checked across the catalogue").isGreaterThan(50);
    }

    private int checkField(ServiceDefinition service, JsonNode field) {
        var name = field.path("name").asString();
        int checked = 0;
        if (field.has("maxLength") && !field.path("type").asString().equals("select")) {
            int max = field.path("maxLength").asInt();
            assertThat(error(service, field, "٣".repeat(max + 1))).as(service.code() + "." + name).isEqualTo("tooLong");
            checked++;
        }
        if (field.has("maxDate")) {
            var max = LocalDate.parse(field.path("maxDate").asString());
            assertThat(error(service, field, max.plusDays(1).toString())).as(service.code() + "." + name).isEqualTo("dateTooLate");
            assertThat(error(service, field, max.toString())).as(service.code() + "." + name).isNull();
            checked++;
        }
        if (field.has("minDate")) {
            var min = LocalDate.parse(field.path("minDate").asString());
            assertThat(error(service, field, min.minusDays(1).toString())).as(service.code() + "." + name).isEqualTo("dateTooEarly");
            assertThat(error(service, field, min.toString())).as(service.code() + "." + name).isNull();
            checked++;
        }
        if (field.has("pattern")) {
            assertThat(field.path("example").asString()).as(service.code() + "." + name + " example").isNotBlank();
            assertThat(error(service, field, field.path("example").asString())).as(service.code() + "." + name).isNull();
            assertThat(error(service, field, "؟")).as(service.code() + "." + name).isEqualTo("pattern");
            checked++;
        }
        if (field.has("options")) {
            for (var option : field.path("options")) {
                assertThat(error(service, field, option.path("value").asString())).as(service.code() + "." + name).isNull();
            }
            assertThat(error(service, field, "not-an-option")).as(service.code() + "." + name).isEqualTo("option");
            checked++;
        }
        if (field.has("max")) {
            assertThat(error(service, field, field.path("max").decimalValue().add(BigDecimal.ONE).toPlainString()))
                    .as(service.code() + "." + name).isEqualTo("max");
            checked++;
        }
        if (field.has("min")) {
            assertThat(error(service, field, field.path("min").decimalValue().subtract(BigDecimal.ONE).toPlainString()))
                    .as(service.code() + "." + name).isEqualTo("min");
            checked++;
        }
        return checked;
    }

    /** The validator's code for this field alone, with the answer its showWhen needs to be asked. */
    private String error(ServiceDefinition service, JsonNode field, String value) {
        var input = new HashMap<String, String>();
        if (field.has("showWhen")) {
            input.put(field.path("showWhen").path("field").asString(), field.path("showWhen").path("equals").asString());
        }
        input.put(field.path("name").asString(), value);
        return validator.check(service, Map.copyOf(input)).errors().stream()
                .filter(e -> e.field().equals(field.path("name").asString())).map(FieldError::code).findFirst().orElse(null);
    }

    private static String patternField(ApiClient api, String service) {
        return api.get("/api/v1/services/" + service, null).body().path("fields").valueStream()
                .filter(f -> f.has("pattern")).findFirst().orElseThrow().path("name").asString();
    }

    private static JsonNode field(ApiClient api, String service, String name) {
        return api.get("/api/v1/services/" + service, null).body().path("fields").valueStream()
                .filter(f -> f.path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no field " + name));
    }
}
