package org.nafitha.documents.search;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;

/**
 * One document as the archive index holds it: its filing, the person it is about and the text of
 * its pages. Built from the database, which stays the source of truth.
 *
 * @param kind   the document's type (passport scan, birth certificate …)
 * @param year   of the document's own date, or of its upload when it has none
 * @param person national ID of the person the document is about
 */
public record ArchiveEntry(UUID id, String kind, @Nullable String department, Classification classification,
                           int year, @Nullable String reference, @Nullable String title, String person,
                           String text) {
}
