package org.nafitha.municipal.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import java.util.stream.Stream;

/**
 * The keys a record is indexed by, so that a new record meets only the records sharing one of
 * them and never the whole register. Five keys on the soft skeletons ({@link NameForms#soft}), so
 * that one misspelt part (or a missing birth year) still leaves a shared key: family + birth year,
 * first + father + birth year (first and father in either order: they are sometimes swapped),
 * first + family, father + family, father + grandfather + birth year. The birth year keeps the
 * blocks of common names (محمد علي) small in a register of a million.
 */
public record BlockingKeys(@Nullable String familyYear, @Nullable String firstFather, String firstFamily, String fatherFamily,
                           @Nullable String fatherGrandfatherYear) {

    public static BlockingKeys of(Person person) {
        var f = person.forms();
        var year = person.year();
        var first = NameForms.soft(f.first().skeleton());
        var father = NameForms.soft(f.father().skeleton());
        var family = NameForms.soft(f.family().skeleton());
        var pair = first.compareTo(father) <= 0 ? first + ":" + father : father + ":" + first;
        var lineage = f.grandfather() == null || year == null ? null
                : father + ":" + NameForms.soft(f.grandfather().skeleton()) + ":" + year;
        return new BlockingKeys(year == null ? null : family + ":" + year, year == null ? null : pair + ":" + year,
                first + ":" + family, father + ":" + family, lineage);
    }

    public List<String> all() {
        return Stream.of(familyYear, firstFather, firstFamily, fatherFamily, fatherGrandfatherYear)
                .filter(Objects::nonNull).toList();
    }
}
