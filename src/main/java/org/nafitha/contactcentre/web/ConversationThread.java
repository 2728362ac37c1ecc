package org.nafitha.contactcentre.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.contactcentre.internal.Conversation;

import io.swagger.v3.oas.annotations.media.Schema;

/** One of a person's conversations with its messages, as the API shows it. */
record ConversationThread(String reference, String topic, @Nullable String caseReference, String status,
                          List<Message> messages) {

    @Schema(name = "ConversationMessage")
    record Message(boolean fromCentre, String body, Instant writtenAt) {
    }

    static ConversationThread of(Conversation c, List<Conversation.Message> messages) {
        return new ConversationThread(c.reference(), c.topic(), c.caseReference(), c.status().name(), messages.stream()
                .map(m -> new Message(m.fromStaff(), m.body(), m.writtenAt())).toList());
    }
}
