package org.nafitha.municipal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An open complaint passed its category's deadline: escalated once, for the operations room and the
 * competent authority ({@code routedTo}: a municipality's code or a department's).
 */
public record ComplaintEscalated(String reference, String category, String municipality, String routedTo,
                                 @Nullable String complainant, Instant dueAt, Instant escalatedAt) {
}
