package org.nafitha.detention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.DetaineeField;
import org.nafitha.detention.LegalStatus;
import org.nafitha.detention.Relation;

/**
 * What one follower is shown of a detainee: every field the relation may not see is null, so a
 * page leaves out its line and the API leaves out its property. Being in custody is always shown.
 */
public record DetaineeFile(Detainee detainee, Relation relation, Set<DetaineeField> fields, boolean inCustody,
                           @Nullable Facility facility, @Nullable LegalStatus legalStatus,
                           @Nullable List<CourtSession> courtSessions, @Nullable CourtSession nextCourtSession,
                           @Nullable Sentence sentence, @Nullable Integer visitsLeft,
                           @Nullable List<Contact> contacts, @Nullable Health health) {

    public record Sentence(@Nullable String ar, @Nullable String en, @Nullable LocalDate expectedRelease) {
    }

    public record Health(@Nullable String ar, @Nullable String en) {
    }

    public boolean shows(DetaineeField field) {
        return fields.contains(field);
    }
}
