package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken service file stops the start with the file, the line where the parser knows it, and
 * what is wrong. Each test writes a small service next to a valid one and loads the folder
 * through the same code the application runs at start-up.
 */
class CatalogueLoadingTest {

    /** A small valid service; the tests break one thing in it. */
    private static final String VALID = """
            code: good-conduct-test
            version: 1
            sector: police
            department: police
            referencePrefix: GCT
            name: { ar: شهادة حسن السيرة والسلوك, en: Good conduct certificate }
            summary: { ar: استخرج شهادة خلو السوابق., en: Get a certificate of no criminal record. }
            eligibility: { ar: المواطن أو المقيم نفسه., en: The citizen or resident concerned. }
            steps:
              - { ar: حدّد الغرض من الشهادة., en: Say what it is for. }
            documents: []
            fee: 0
            slaDays: 5
            fields:
              - name: purpose
                type: select
                required: true
                label: { ar: الغرض, en: Purpose }
                options:
                  - { value: work, label: { ar: العمل, en: Work } }
                  - { value: study, label: { ar: الدراسة, en: Study } }
              - name: employer
                type: text
                required: true
                showWhen: { field: purpose, equals: work }
                label: { ar: جهة العمل, en: Employer }
            workflow:
              initial: SUBMITTED
              finalStates: [APPROVED, REJECTED]
              transitions:
                - { from: SUBMITTED, action: approve, to: PENDING_REVIEW, roles: [OFFICER], reasonRequired: false }
                - { from: SUBMITTED, action: reject, to: REJECTED, roles: [OFFICER], reasonRequired: true }
                - { from: PENDING_REVIEW, action: confirm, to: APPROVED, roles: [REVIEWER], reasonRequired: false, notSameActorAs: approve }
            """;

    @TempDir
    Path folder;

    private Catalogue load() {
        return new Catalogue("file:" + folder.toAbsolutePath() + "/*.yml");
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content);
    }

    private String problemsLoading() {
        try {
            load();
        } catch (InvalidCatalogueException e) {
            return e.getMessage();
        }
        throw new AssertionError("the catalogue loaded although it is broken");
    }

    @Test
    void theValidFixtureAndTheRealCatalogueLoad() throws IOException {
        write("good-conduct-test.yml", VALID);
        assertThat(load().find("good-conduct-test")).isPresent();
        var real = new Catalogue();
        assertThat(real.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(real.all()).extracting(ServiceDefinition::sector).contains("passports", "residency", "traffic",
                "civil-status", "police", "nationality", "prisons", "internal");
    }

    @Test
    void anUnknownFieldTypeNamesTheFileTheLineAndTheField() throws IOException {
        write("broken.yml", VALID.replace("type: text", "type: colour"));
        assertThat(problemsLoading()).contains("broken.yml line 23 (fields[1].type)").contains("colour");
    }

    @Test
    void aMissingEnglishOrArabicTextIsRefusedWithItsLine() throws IOException {
        write("no-english.yml", VALID.replace("name: { ar: شهادة حسن السيرة والسلوك, en: Good conduct certificate }",
                "name: { ar: شهادة حسن السيرة والسلوك }"));
        write("no-arabic.yml", VALID.replace("code: good-conduct-test", "code: other-test")
                .replace("referencePrefix: GCT", "referencePrefix: OTT")
                .replace("label: { ar: جهة العمل, en: Employer }", "label: { en: Employer }"));
        assertThat(problemsLoading())
                .contains("no-english.yml line 6 (name): English text (en) is missing for \"شهادة حسن السيرة والسلوك\"")
                .contains("no-arabic.yml line 26 (fields[1].label): Arabic text (ar) is missing");
    }

    @Test
    void aTransitionFromAStateNoCaseCanReachIsRefused() throws IOException {
        write("limbo.yml", VALID.replace("{ from: SUBMITTED, action: reject", "{ from: LIMBO, action: reject"));
        assertThat(problemsLoading())
                .contains("limbo.yml: transition 'reject' starts from state LIMBO, which is not the initial state and no transition reaches");
    }

    @Test
    void timeLimitsMustNameAStateWhoseClockRuns() throws IOException {
        write("limits.yml", VALID.replace("initial: SUBMITTED", "initial: SUBMITTED\n  limits: { SUBMITED: 24, APPROVED: 8, PENDING_REVIEW: 0 }"));
        assertThat(problemsLoading())
                .contains("limits.yml: limits name state SUBMITED, which no transition uses")
                .contains("limits.yml: limit of state APPROVED is never counted: the state is final or waits for the applicant")
                .contains("limits.yml: limit of state PENDING_REVIEW must be 1 hour or more");
    }

    @Test
    void aTransitionToAStateThatDoesNotExistIsRefused() throws IOException {
        write("typo.yml", VALID.replace("action: approve, to: PENDING_REVIEW", "action: approve, to: PENDING_REVEIW"));
        assertThat(problemsLoading())
                .contains("typo.yml: transition 'approve' from SUBMITTED goes to state PENDING_REVEIW, which is neither final nor left by any transition")
                .contains("transition 'confirm' starts from state PENDING_REVIEW");
    }

    @Test
    void aCycleWithoutExitIsRefusedNamingTheStatesThatCannotFinish() throws IOException {
        write("cycle.yml", VALID.replace(
                "{ from: PENDING_REVIEW, action: confirm, to: APPROVED, roles: [REVIEWER], reasonRequired: false, notSameActorAs: approve }",
                """
                { from: PENDING_REVIEW, action: request-info, to: INFO_REQUESTED, roles: [REVIEWER], reasonRequired: true }
                    - { from: INFO_REQUESTED, action: provide-info, to: PENDING_REVIEW, roles: [APPLICANT], reasonRequired: true }"""));
        assertThat(problemsLoading())
                .contains("cycle.yml: a case in state INFO_REQUESTED can never reach a final state")
                .contains("cycle.yml: a case in state PENDING_REVIEW can never reach a final state")
                .doesNotContain("state SUBMITTED can never");
    }

    @Test
    void aFileThatNeedsDocumentsMustLetTheApplicantCompleteThem() throws IOException {
        write("photo.yml", VALID.replace("""
                workflow:""", """
                  - name: photo
                    type: file
                    required: true
                    accept: [image/png]
                    label: { ar: الصورة الشخصية, en: Personal photo }
                workflow:"""));
        assertThat(problemsLoading()).contains("photo.yml: a case in state AWAITING_DOCUMENTS can never reach a final state");
    }

    @Test
    void aDuplicateCodeOrReferencePrefixNamesBothFiles() throws IOException {
        write("a-first.yml", VALID);
        write("b-same-code.yml", VALID.replace("referencePrefix: GCT", "referencePrefix: GCX"));
        write("c-same-prefix.yml", VALID.replace("code: good-conduct-test", "code: other-test"));
        assertThat(problemsLoading())
                .contains("b-same-code.yml: service code good-conduct-test is already used by a-first.yml")
                .contains("c-same-prefix.yml: reference prefix GCT is already used by a-first.yml")
                .contains("(2 problems)");
    }

    @Test
    void conditionsExamplesAndReasonsMustMakeSense() throws IOException {
        write("rules.yml", VALID.replace("showWhen: { field: purpose, equals: work }", "showWhen: { field: purpose, equals: travel }")
                .replace("label: { ar: جهة العمل, en: Employer }", """
                label: { ar: جهة العمل, en: Employer }
                    pattern: "[0-9]{10}"
                    example: "12345\"""")
                .replace("slaDays: 5", """
                slaDays: 5
                reasons:
                  - { code: record-exists, label: { ar: توجد سوابق, en: A record exists } }
                  - { code: record-exists, label: { ar: توجد سوابق مسجلة, en: A record is on file } }"""));
        assertThat(problemsLoading())
                .contains("rules.yml: field employer is shown when purpose equals 'travel', which is not one of its options")
                .contains("rules.yml: field employer: example '12345' does not match its pattern [0-9]{10}")
                .contains("rules.yml: reason record-exists is listed twice");
    }

    @Test
    void optionalSchemaFieldsHaveSafeDefaults() throws IOException {
        write("good-conduct-test.yml", VALID);
        var service = load().find("good-conduct-test").orElseThrow();
        assertThat(service.applicants()).containsExactly(Applicant.SELF);
        assertThat(service.appointment()).isFalse();
        assertThat(service.delivery()).isFalse();
        assertThat(service.outputDocument()).isNull();
        assertThat(service.reasons()).isEmpty();
        assertThat(service.kiosk()).isFalse();
    }

    @Test
    void aServiceMarkedForTheKioskIsOfferedThere() throws IOException {
        write("good-conduct-test.yml", VALID.replace("slaDays: 5", "slaDays: 5\nkiosk: true"));
        var catalogue = load();
        assertThat(catalogue.find("good-conduct-test").orElseThrow().kiosk()).isTrue();
        assertThat(catalogue.kiosk()).extracting(ServiceDefinition::code).containsExactly("good-conduct-test");
    }

    @Test
    void aKioskServiceMustBeOpenToApplyingForOneself() throws IOException {
        write("minors.yml", VALID.replace("slaDays: 5", "slaDays: 5\nkiosk: true\napplicants: [MINOR]"));
        assertThat(problemsLoading()).contains("minors.yml: a kiosk service must be open to applying for oneself");
    }

    @Test
    void theRealCatalogueOffersAboutEightServicesAtTheKiosk() {
        assertThat(new Catalogue().kiosk()).extracting(ServiceDefinition::code).contains("passport-renewal",
                "good-conduct-certificate", "traffic-violations-inquiry", "birth-certificate").hasSize(8);
    }
}
