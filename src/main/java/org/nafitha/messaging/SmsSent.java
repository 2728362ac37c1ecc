package org.nafitha.messaging;

import java.util.List;

/** The SMS centre accepted a message: one message ID per part (a long message has several). */
public record SmsSent(List<String> messageIds) {

    public SmsSent {
        messageIds = List.copyOf(messageIds);
    }
}
