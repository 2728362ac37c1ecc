package org.nafitha.cases;

/**
 * How a case came in: online by the applicant (or their representative), at a service centre's
 * reception for a walk-in visitor, or through the call centre. Stored with the case for the
 * channel mix the ministry reports on.
 */
public enum Channel {
    ONLINE, RECEPTION, CALL_CENTRE
}
