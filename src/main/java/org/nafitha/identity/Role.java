package org.nafitha.identity;

/** What someone may do. Citizens and residents act as {@link #APPLICANT}. */
public enum Role {
    APPLICANT, RECEPTION, OFFICER, REVIEWER, HEAD, AGENT, INSPECTOR, OFFICIAL,
    /** Archive staff: bulk digitisation of paper files. */
    ARCHIVIST, ADMIN;

    public boolean isStaff() {
        return this != APPLICANT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
