package org.nafitha.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whoever is acting in the current request: a citizen or resident (with a national ID) or a
 * member of staff (with roles and a department). Controllers take it as a method parameter.
 */
public record Actor(String username, @Nullable String nationalId, String displayName,
                    Set<Role> roles, @Nullable String department) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Works at the back office's pages under {@code /staff} ({@link Role#isBackOffice}). */
    public boolean isBackOffice() {
        return roles.stream().anyMatch(Role::isBackOffice);
    }

    public boolean isPrisonStaff() {
        return roles.stream().anyMatch(Role::isPrison);
    }

    /** The role shown in timelines and the audit trail: the most senior one held. */
    public Role primaryRole() {
        return roles.stream().max(Enum::compareTo).orElse(Role.APPLICANT);
    }
}
