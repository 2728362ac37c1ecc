package org.nafitha.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The SMS centre reported the fate of one message part (an SMPP delivery receipt).
 *
 * @param messageId the centre's ID for the part, as returned when it was accepted
 * @param state     the receipt's final state: DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, ...
 */
public record SmsDeliveryReported(String messageId, String state, @Nullable String error, Instant at) {

    public boolean delivered() {
        return "DELIVRD".equals(state);
    }

    public boolean failed() {
        return switch (state) {
            case "UNDELIV", "EXPIRED", "REJECTD", "DELETED" -> true;
            default -> false;
        };
    }
}
