package org.nafitha.detention;

import java.util.Set;

import org.nafitha.identity.Role;

/** What a family may ask for, and which prison staff decide it. */
public enum RequestType {
    VISIT(Role.PRISON_OFFICER),
    /** Approved with its start time; it is then a recorded call (the meetings module's {@code VIDEO_VISIT}). */
    VIDEO_VISIT(Role.PRISON_OFFICER),
    ASSISTANCE(Role.PRISON_SOCIAL),
    /** Four eyes: proposed by social services or an officer, approved by the head. */
    TEMPORARY_RELEASE(Role.PRISON_SOCIAL, Role.PRISON_OFFICER),
    /** Checked by security before it is credited to the canteen account. */
    DEPOSIT(Role.PRISON_SECURITY);

    private final Set<Role> deciders;

    RequestType(Role... deciders) {
        this.deciders = Set.of(deciders);
    }

    /** Who takes the (first) decision; the head may take any. */
    public boolean decidedBy(Role role) {
        return role == Role.PRISON_HEAD || deciders.contains(role);
    }
}
