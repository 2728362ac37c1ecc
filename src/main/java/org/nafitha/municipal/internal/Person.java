package org.nafitha.municipal.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;

/**
 * What the matcher knows of one beneficiary: the four name parts, the mother's name, the birth
 * (a date, or only a year) and place, and the national ID when there is one. The compared forms
 * of each part are computed once ({@link NameForms}).
 */
public record Person(@Nullable String nationalId, String firstName, String fatherName, @Nullable String grandfatherName,
                     String familyName, @Nullable String motherName, @Nullable LocalDate birthDate,
                     @Nullable Integer birthYear, @Nullable String birthPlace) {

    /** A name part in its two compared forms. */
    public record Part(String arabic, String skeleton) {
        static @Nullable Part of(@Nullable String raw, boolean family) {
            if (raw == null || raw.isBlank()) return null;
            return new Part(NameForms.arabic(raw, family), NameForms.skeleton(raw, family));
        }
    }

    /** The compared forms, computed once per record. */
    public record Forms(Part first, Part father, @Nullable Part grandfather, Part family, @Nullable Part mother,
                        @Nullable Part place) {
    }

    public Forms forms() {
        return new Forms(Part.of(firstName, false), Part.of(fatherName, false), Part.of(grandfatherName, false),
                Part.of(familyName, true), Part.of(motherName, false), Part.of(birthPlace, false));
    }

    public @Nullable Integer year() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
    }

    /** The national ID, or else the normalised names and birth: what makes "the same person filed again". */
    String identityKey() {
        if (nationalId != null) return "nid:" + nationalId;
        var f = forms();
        var parts = Stream.of(f.first(), f.father(), f.grandfather(), f.family(), f.mother())
                .map(part -> part == null ? "" : part.arabic()).toList();
        var birth = birthDate != null ? birthDate.toString() : Objects.toString(birthYear, "");
        return "n:" + DigestUtils.sha256Hex((String.join("|", parts) + "|" + birth).getBytes(StandardCharsets.UTF_8));
    }
}
