package org.nafitha.detention;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The country's visibility table: which fields a relation sees under a legal status. */
@Component
public class Visibility {

    private final Map<LegalStatus, Map<Relation, Set<DetaineeField>>> table;

    public Visibility(DetentionProperties properties) {
        this.table = properties.visibility();
    }

    /** Health only where the table grants it and the detainee has consented to share it. */
    public Set<DetaineeField> fields(LegalStatus status, Relation relation, boolean healthConsent) {
        var granted = table.getOrDefault(status, Map.of()).getOrDefault(relation, Set.of());
        var fields = granted.isEmpty() ? EnumSet.noneOf(DetaineeField.class) : EnumSet.copyOf(granted);
        if (!healthConsent) fields.remove(DetaineeField.HEALTH);
        return fields;
    }

    public boolean sees(LegalStatus status, Relation relation, boolean healthConsent, DetaineeField field) {
        return fields(status, relation, healthConsent).contains(field);
    }
}
