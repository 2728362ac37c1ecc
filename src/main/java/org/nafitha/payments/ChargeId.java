package org.nafitha.payments;

import java.util.UUID;

/** A charge: one attempt to collect one or more dues through the gateway. */
public record ChargeId(UUID value) {

    public ChargeId {
        if (value == null) throw new IllegalArgumentException("a charge ID is required");
    }

    public static ChargeId random() {
        return new ChargeId(UUID.randomUUID());
    }

    public static ChargeId parse(String text) {
        return new ChargeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
