package org.nafitha.detention;

/** SUBMITTED → APPROVED | REFUSED; a temporary release passes PROPOSED (first pair of eyes) first. */
public enum RequestStatus {
    SUBMITTED, PROPOSED, APPROVED, REFUSED;

    public boolean open() {
        return this == SUBMITTED || this == PROPOSED;
    }
}
