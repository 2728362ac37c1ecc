package org.nafitha.detention;

/**
 * The parts of a detainee's file a follower may be shown, each granted per relation and legal
 * status in configuration. That the person is in custody is always shown to a follower.
 */
public enum DetaineeField {
    FACILITY, LEGAL_STATUS, COURT_SESSIONS, SENTENCE, VISITS, CONTACTS,
    /** Also needs the detainee's consent, whatever the configuration grants. */
    HEALTH
}
