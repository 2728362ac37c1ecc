package org.nafitha.identity;

import java.util.UUID;

/**
 * Whether someone may act for another person in a given service. A refusal names its reason,
 * which the API and the portal show (message key {@code identity.mandate.<reason>}).
 */
public sealed interface MandateCheck {

    /** Acting for oneself needs no mandate. */
    record Self() implements MandateCheck {
    }

    record Granted(UUID mandateId, String basis) implements MandateCheck {
    }

    record Refused(Reason reason) implements MandateCheck {
    }

    enum Reason { NONE, EXPIRED, REVOKED, OUT_OF_SCOPE }
}
