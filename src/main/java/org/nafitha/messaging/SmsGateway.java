package org.nafitha.messaging;

import java.util.function.Consumer;

/**
 * Hands a text message to the operator's SMS centre (or, unconfigured, to the dev outbox).
 * Throws {@link SmsNotSent} when the centre refuses or cannot be reached.
 */
public interface SmsGateway {

    default SmsSent send(TextMessage message) {
        return send(message, acceptedPart -> {
        });
    }

    /**
     * @param onPartAccepted called with the centre's message ID as soon as each part is accepted,
     *                       before the next is sent, so a caller can record it durably: a crash
     *                       mid-message then leaves a trace of what already reached the centre
     */
    SmsSent send(TextMessage message, Consumer<String> onPartAccepted);
}
