package org.nafitha.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case stayed in a state longer than the service allows and was escalated to the heads of its
 * department ({@code heads}, usernames); {@code assignee} held it when the time ran out.
 */
public record CaseEscalated(CaseReference reference, String serviceCode, String department, String status,
                            @Nullable String assignee, List<String> heads, Instant dueAt, Instant at) {
}
