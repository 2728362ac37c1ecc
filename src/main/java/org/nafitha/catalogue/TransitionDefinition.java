package org.nafitha.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One allowed move of a case.
 *
 * @param roles          who may take it ({@code APPLICANT}, {@code OFFICER}, {@code REVIEWER} …)
 * @param notSameActorAs four eyes: refused to whoever last took that other action on the case
 */
public record TransitionDefinition(String from, String action, String to, List<String> roles,
                                   boolean reasonRequired, @Nullable String notSameActorAs) {

    public TransitionDefinition {
        if (from == null || action == null || to == null) {
            throw new IllegalArgumentException("a transition needs from, action and to (" + from + ", " + action + ", " + to + ")");
        }
        if (roles == null || roles.isEmpty()) throw new IllegalArgumentException("transition " + action + " has no roles");
        roles = List.copyOf(roles);
    }
}
