package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service naming a prefill source no register resolves stops the start, with file and field named. */
class PrefillSourceCheckTest {

    private static final String SERVICE = """
            code: licence-test
            version: 1
            sector: traffic
            department: traffic
            referencePrefix: LCT
            name: { ar: اختبار الرخصة, en: Licence test }
            summary: { ar: خدمة للاختبار., en: A service for tests. }
            eligibility: { ar: حامل الرخصة., en: The licence holder. }
            steps:
              - { ar: قدّم الطلب., en: Apply. }
            documents: []
            fee: 0
            slaDays: 1
            fields:
              - name: licenceNumber
                type: text
                required: true
                prefill: "SOURCE"
                label: { ar: رقم الرخصة, en: Licence number }
            workflow:
              initial: SUBMITTED
              finalStates: [APPROVED, REJECTED]
              transitions:
                - { from: SUBMITTED, action: approve, to: APPROVED, roles: [OFFICER], reasonRequired: false }
                - { from: SUBMITTED, action: reject, to: REJECTED, roles: [OFFICER], reasonRequired: true }
            """;

    @TempDir
    Path folder;

    private Catalogue load(String source) throws IOException {
        Files.writeString(folder.resolve("licence-test.yml"), SERVICE.replace("SOURCE", source));
        return new Catalogue("file:" + folder.toAbsolutePath() + "/*.yml");
    }

    @Test
    void aKnownSourceLoads() throws IOException {
        assertThat(load("licence.number").find("licence-test").orElseThrow().field("licenceNumber").orElseThrow()
                .prefill()).isEqualTo("licence.number");
    }

    @Test
    void aMisspeltSourceIsRefusedWithTheFileTheFieldAndTheKnownSources() {
        assertThatThrownBy(() -> load("licence.numbr")).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("licence-test.yml: field licenceNumber: prefill source 'licence.numbr' is unknown")
                .hasMessageContaining("licence.number");
        assertThatThrownBy(() -> load("passport.number")).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("prefill source 'passport.number' is unknown");
    }

    @Test
    void everyServiceOfTheRealCatalogueNamesKnownSources() {
        new Catalogue().all().forEach(s -> s.fields().stream().filter(FieldDefinition::prefilled)
                .forEach(f -> assertThat(PrefillSources.KNOWN).as(s.code() + " " + f.name()).contains(f.prefill())));
    }
}
