package org.nafitha.identity;

/** What someone may do. Citizens and residents act as {@link #APPLICANT}. */
public enum Role {
    APPLICANT, RECEPTION, OFFICER, REVIEWER, HEAD, AGENT, INSPECTOR, OFFICIAL,
    /** Archive staff: bulk digitisation of paper files. */
    ARCHIVIST,
    /** Finance staff: refunds (proposed by one, approved by another) and the daily reconciliation. */
    FINANCE,
    /** Prison staff of one facility (their department is the facility's code): visits, contacts, the day's list. */
    PRISON_OFFICER,
    /** Prison social services: assistance requests and temporary-release proposals. */
    PRISON_SOCIAL,
    /** Prison security: checks each deposit before it is credited. */
    PRISON_SECURITY,
    /** Head of a prison: approves what another proposed (temporary release, contacts). */
    PRISON_HEAD,
    /** Staff of one municipality (the municipal staff table names which): files beneficiaries, sees only its own. */
    MUNICIPAL_STAFF,
    /** A mukhtar, attached to one municipality like its staff. */
    MUKHTAR,
    /** Ministry staff of municipal affairs: verify municipalities' and mukhtars' registrations, resolve duplicates. */
    MUNICIPAL_AFFAIRS,
    /** The national operations room: complaints and the daily report across all municipalities. */
    OPERATIONS_ROOM,
    /** The ministry's leadership and operations room: every department's figures (analytics). */
    LEADERSHIP,
    /**
     * A sign-language interpreter of the ministry: joins, as a third participant, the video calls a host
     * assigned them to (meetings with officials, families' video visits) and sees only those.
     */
    INTERPRETER,
    ADMIN;

    public boolean isStaff() {
        return this != APPLICANT;
    }

    /**
     * The ministry's back office: the staff pages and staff API under {@code /staff} (queues, cases,
     * the archive). Prison staff, the municipal platform and leadership have pages of their own.
     */
    public boolean isBackOffice() {
        return switch (this) {
            case OFFICER, REVIEWER, HEAD, ADMIN, RECEPTION, AGENT, INSPECTOR, OFFICIAL, ARCHIVIST, FINANCE -> true;
            default -> false;
        };
    }

    /** Staff of a prison (the detainee window), who work only at their facility's pages. */
    public boolean isPrison() {
        return this == PRISON_OFFICER || this == PRISON_SOCIAL || this == PRISON_SECURITY || this == PRISON_HEAD;
    }

    /** Works for or with one municipality: sees only that municipality's records. */
    public boolean isMunicipal() {
        return this == MUNICIPAL_STAFF || this == MUKHTAR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
