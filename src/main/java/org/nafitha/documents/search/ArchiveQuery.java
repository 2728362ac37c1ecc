package org.nafitha.documents.search;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/**
 * A search of the archive as the reader typed it, made safe: the text is only ever split into
 * words by the analyzer (never parsed as Lucene syntax) and cut at {@link #MAX_TEXT} characters,
 * with {@link #shortened()} telling the page to say so.
 *
 * @param person national ID, in any digits; blank for any person
 * @param page   from 1
 */
public record ArchiveQuery(String text, @Nullable String person, @Nullable String type, @Nullable String department,
                           @Nullable String year, int page, boolean shortened) {

    public static final int MAX_TEXT = 500;
    public static final int PAGE_SIZE = 10;
    /** Deep pages cost the whole prefix; nobody reads result 1,000 of an archive search. */
    public static final int MAX_PAGE = 100;

    public static ArchiveQuery of(@Nullable String text, @Nullable String person, @Nullable String type,
                                  @Nullable String department, @Nullable String year, int page) {
        var typed = text == null ? "" : text.strip();
        var shortened = typed.length() > MAX_TEXT;
        if (shortened) {
            // Cut between words, not inside one: a half word would match nothing.
            var cut = typed.lastIndexOf(' ', MAX_TEXT);
            typed = typed.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT).strip();
        }
        var id = person == null ? "" : ArabicDigits.digitsOnly(ArabicDigits.toLatin(person));
        return new ArchiveQuery(typed, id.isEmpty() ? null : id, blankToNull(type), blankToNull(department),
                blankToNull(year == null ? null : ArabicDigits.toLatin(year)), Math.clamp(page, 1, MAX_PAGE), shortened);
    }

    public static ArchiveQuery text(String text) {
        return of(text, null, null, null, null, 1);
    }

    public ArchiveQuery withPage(int page) {
        return new ArchiveQuery(text, person, type, department, year, Math.clamp(page, 1, MAX_PAGE), shortened);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
