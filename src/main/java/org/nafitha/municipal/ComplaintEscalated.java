package org.nafitha.municipal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An open complaint passed its category's deadline: escalated once, for the operations room and the
 * competent authority ({@code routedTo}: a municipality's code or a department's). {@code recipients}:
 * the usernames to tell — the room's staff and, for a municipality, its staff.
 */
public record ComplaintEscalated(String reference, String category, String municipality, String routedTo,
                                 @Nullable String complainant, Instant dueAt, Instant escalatedAt, List<String> recipients) {

    public ComplaintEscalated {
        recipients = List.copyOf(recipients);
    }
}
