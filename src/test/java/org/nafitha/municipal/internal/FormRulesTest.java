package org.nafitha.municipal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.country.CountryProperties;
import org.nafitha.country.NationalIds;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/**
 * The official forms' rules as field workers and apps meet them: required and conditional
 * questions, types and ranges, Arabic-Indic digits, each member checked as the register checks a
 * beneficiary; and the form files themselves, read and refused when broken.
 */
class FormRulesTest {

    private static final String BAABDA = "ML-BAABDA-BAABDA";
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private final FormRules rules = new FormRules(new BeneficiaryChecks(
            new NationalIds(new CountryProperties(null, null, null, null, null, null)), new Organisations(), clock), clock);
    private final AssessmentForms forms = new AssessmentForms(
            new ClassPathResource("municipal/forms/household-assessment.v1.yml"),
            new ClassPathResource("municipal/forms/displacement-report.v1.yml"));
    private final AssessmentForm household = forms.latest("household-assessment").orElseThrow();

    @Test
    void aCompleteHouseholdWithArabicIndicDigitsIsAcceptedAndKeptInLatinDigits() {
        var checked = rules.check(household, answers(household(), head()), BAABDA);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.answers().fields()).containsEntry("householdSize", "4").containsEntry("monthlyIncome", "150.5")
                .containsEntry("needs", "food,health").containsEntry("healthDetails", "دواء ضغط");
        assertThat(checked.answers().members().getFirst()).containsEntry("birthDate", "1961-04-12");
    }

    @Test
    void aConditionalQuestionIsRequiredOnlyWhenItsConditionHolds() {
        var withHealth = household();
        withHealth.remove("healthDetails");
        assertThat(fields(rules.check(household, answers(withHealth, head()), BAABDA))).containsExactly("healthDetails:FIELD_REQUIRED");

        var foodOnly = household();
        foodOnly.put("needs", "food");
        var checked = rules.check(household, answers(foodOnly, head()), BAABDA);
        assertThat(checked.problems()).isEmpty();
        // asked only when health is a need: not kept otherwise, so a record never holds an answer to an unasked question
        assertThat(checked.answers().fields()).doesNotContainKey("healthDetails");

        var disabled = household();
        disabled.put("disability", "true");
        assertThat(fields(rules.check(household, answers(disabled, head()), BAABDA))).containsExactly("disabilityDetails:FIELD_REQUIRED");
    }

    @Test
    void everyBadAnswerIsNamedAtItsField() {
        var bad = household();
        bad.put("householdSize", "٠");
        bad.put("monthlyIncome", "كثير");
        bad.put("needs", "food,jewels");
        bad.put("disability", "maybe");
        bad.put("phone", "12");
        bad.put("favouriteColour", "أخضر");
        bad.remove("area");
        var member = head();
        member.put("birthDate", "2027-01-01");
        member.put("firstName", "جورج2");
        member.put("fatherName", "Eliasإلياس");
        member.put("nationalId", "١٠٠٠٠٠٠٠٠٩");
        member.put("relation", "cousin");
        assertThat(fields(rules.check(household, answers(bad, member), BAABDA))).containsExactlyInAnyOrder(
                "area:FIELD_REQUIRED", "householdSize:FIELD_BELOW_MIN", "monthlyIncome:FIELD_NOT_A_NUMBER",
                "needs:FIELD_CHOICE_UNKNOWN", "disability:FIELD_NOT_YES_NO", "phone:FIELD_PATTERN",
                "favouriteColour:FIELD_UNKNOWN", "members[0].birthDate:BIRTH_DATE_IN_FUTURE",
                "members[0].firstName:NAME_HAS_DIGITS", "members[0].fatherName:NAME_MIXES_SCRIPTS",
                "members[0].nationalId:NATIONAL_ID_INVALID", "members[0].relation:FIELD_CHOICE_UNKNOWN");
    }

    @Test
    void aHouseholdNeedsItsHeadAndADisplacementReportMayListNobodyYet() {
        assertThat(fields(rules.check(household, new Answers(household(), List.of()), BAABDA)))
                .containsExactly("members:MEMBERS_TOO_FEW");
        var report = forms.latest("displacement-report").orElseThrow();
        var answers = new HashMap<>(Map.of("displacedFrom", "الخيام", "displacedOn", "٢٠٢٦-١١-٢٨", "peopleCount", "٦",
                "shelterNow", "other", "needs", "food,shelter"));
        assertThat(fields(rules.check(report, new Answers(answers, List.of()), BAABDA))).containsExactly("shelterDetails:FIELD_REQUIRED");
        answers.put("shelterDetails", "مرأب بناية");
        answers.put("displacedOn", "2026-12-07");
        assertThat(fields(rules.check(report, new Answers(answers, List.of()), BAABDA))).containsExactly("displacedOn:FIELD_DATE_IN_FUTURE");
        answers.put("displacedOn", "2026-12-06");
        var checked = rules.check(report, new Answers(answers, List.of()), BAABDA);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.answers().fields()).containsEntry("peopleCount", "6");
    }

    @Test
    void theFormsAreBilingualVersionedAndABrokenFormStopsTheStart() {
        assertThat(household.version()).isEqualTo(1);
        assertThat(household.title().ar()).isEqualTo("تقييم وضع أسرة");
        assertThat(household.field("healthDetails").orElseThrow().when().field()).isEqualTo("needs");
        assertThat(forms.version("household-assessment", 2)).isEmpty();

        var dependsOnLater = """
                id: broken
                version: 1
                title: { ar: "استمارة", en: "Form" }
                fields:
                  - { name: details, type: text, when: { field: kind, equals: a }, label: { ar: "تفاصيل", en: "Details" } }
                  - { name: kind, type: choice, options: [ { value: a, label: { ar: "أ", en: "A" } } ], label: { ar: "نوع", en: "Kind" } }
                """;
        assertThatThrownBy(() -> new AssessmentForms(file("broken.v1.yml", dependsOnLater)))
                .hasMessageContaining("details depends on kind");
        var englishMissing = "id: broken\nversion: 1\ntitle: { ar: \"استمارة\" }\nfields: []\n";
        assertThatThrownBy(() -> new AssessmentForms(file("broken.v1.yml", englishMissing))).hasMessageContaining("broken.v1.yml");
        var misnamed = "id: other\nversion: 2\ntitle: { ar: \"استمارة\", en: \"Form\" }\nfields: []\n";
        assertThatThrownBy(() -> new AssessmentForms(file("broken.v1.yml", misnamed))).hasMessageContaining("other.v2.yml");
    }

    @Test
    void newWorkStartsOnTheLatestVersionAndARecordIsReadWithItsOwn() {
        var v1 = "id: survey\nversion: 1\ntitle: { ar: \"مسح\", en: \"Survey\" }\nfields:\n"
                + "  - { name: income, type: number, required: true, label: { ar: \"الدخل\", en: \"Income\" } }\n";
        var v2 = "id: survey\nversion: 2\ntitle: { ar: \"مسح\", en: \"Survey\" }\nfields:\n"
                + "  - { name: income, type: choice, required: true, label: { ar: \"فئة الدخل\", en: \"Income band\" },\n"
                + "      options: [ { value: low, label: { ar: \"منخفض\", en: \"Low\" } } ] }\n";
        var both = new AssessmentForms(file("survey.v2.yml", v2), file("survey.v1.yml", v1));
        assertThat(both.latest("survey").orElseThrow().version()).isEqualTo(2);
        var first = both.version("survey", 1).orElseThrow();
        // "120" filed on version 1 stays a number; version 2 would refuse it as an unknown band.
        assertThat(rules.check(first, new Answers(Map.of("income", "١٢٠"), List.of()), BAABDA).problems()).isEmpty();
        assertThat(fields(rules.check(both.latest("survey").orElseThrow(), new Answers(Map.of("income", "120"), List.of()), BAABDA)))
                .containsExactly("income:FIELD_CHOICE_UNKNOWN");
    }

    private static ByteArrayResource file(String name, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static List<String> fields(FormRules.Checked checked) {
        return checked.problems().stream().map(p -> p.field() + ":" + p.error().name()).toList();
    }

    private static Answers answers(Map<String, String> household, Map<String, String> member) {
        return new Answers(household, List.of(member));
    }

    private static Map<String, String> household() {
        var values = new LinkedHashMap<String, String>();
        values.put("area", "حي الكنيسة");
        values.put("householdSize", "٤");
        values.put("monthlyIncome", "١٥٠٫٥");
        values.put("needs", "health,food");
        values.put("healthDetails", "دواء ضغط");
        values.put("disability", "false");
        return values;
    }

    private static Map<String, String> head() {
        var values = new LinkedHashMap<String, String>();
        values.put("firstName", "جورج");
        values.put("fatherName", "إلياس");
        values.put("familyName", "الخوري");
        values.put("birthDate", "١٩٦١-٠٤-١٢");
        values.put("relation", "head");
        return values;
    }
}
