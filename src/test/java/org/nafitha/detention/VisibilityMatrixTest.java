package org.nafitha.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped visibility table, every relation × field × legal status, with and without the
 * detainee's consent to share health, against the policy written out here independently.
 */
class VisibilityMatrixTest {

    private static Visibility visibility;

    @BeforeAll
    static void shippedConfiguration() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        var binder = new Binder(ConfigurationPropertySources.from(sources));
        visibility = new Visibility(binder.bind("nafitha.detention", DetentionProperties.class).get());
    }

    /** The policy: nothing but custody and the facility under investigation; health to spouse and parent only. */
    static Set<DetaineeField> expected(LegalStatus status, Relation relation, boolean consent) {
        var fields = switch (status) {
            case UNDER_INVESTIGATION -> relation == Relation.LAWYER || relation == Relation.EMBASSY
                    ? EnumSet.of(DetaineeField.FACILITY, DetaineeField.LEGAL_STATUS) : EnumSet.of(DetaineeField.FACILITY);
            case REMANDED, ON_TRIAL, SENTENCED -> switch (relation) {
                case PARENT, SPOUSE -> EnumSet.allOf(DetaineeField.class);
                case CHILD, SIBLING -> EnumSet.complementOf(EnumSet.of(DetaineeField.HEALTH));
                case LAWYER -> EnumSet.of(DetaineeField.FACILITY, DetaineeField.LEGAL_STATUS, DetaineeField.COURT_SESSIONS,
                        DetaineeField.SENTENCE, DetaineeField.CONTACTS);
                case EMBASSY -> EnumSet.of(DetaineeField.FACILITY, DetaineeField.LEGAL_STATUS, DetaineeField.COURT_SESSIONS,
                        DetaineeField.SENTENCE, DetaineeField.VISITS);
            };
            case RELEASED -> relation == Relation.LAWYER
                    ? EnumSet.of(DetaineeField.LEGAL_STATUS, DetaineeField.COURT_SESSIONS, DetaineeField.SENTENCE)
                    : EnumSet.of(DetaineeField.LEGAL_STATUS);
        };
        if (!consent) fields.remove(DetaineeField.HEALTH);
        return fields;
    }

    static List<Arguments> matrix() {
        var cases = new ArrayList<Arguments>();
        for (var status : LegalStatus.values())
            for (var relation : Relation.values())
                for (var field : DetaineeField.values())
                    for (var consent : new boolean[]{true, false})
                        cases.add(Arguments.of(status, relation, field, consent));
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} {2} consent={3}")
    @MethodSource("matrix")
    void eachRelationSeesExactlyWhatThePolicyGrants(LegalStatus status, Relation relation, DetaineeField field,
                                                    boolean consent) {
        assertThat(visibility.sees(status, relation, consent, field))
                .isEqualTo(expected(status, relation, consent).contains(field));
    }
}
