package org.nafitha.contactcentre.internal;

import java.util.Optional;

/** What a person writes to the centre: a topic and a message, neither empty nor longer than kept. */
public final class WrittenText {

    public static final int TOPIC_LENGTH = 150;
    public static final int BODY_LENGTH = 4000;

    /** Each problem names the field and the message {@code contactcentre.commcentre.error.<code>}. */
    public record Problem(String field, String code) {
    }

    private WrittenText() {
    }

    /** The topic, already stripped. */
    static Optional<Problem> topic(String topic) {
        if (topic.isEmpty()) return Optional.of(new Problem("topic", "topic-empty"));
        if (topic.length() > TOPIC_LENGTH) return Optional.of(new Problem("topic", "topic-long"));
        return Optional.empty();
    }

    static Optional<Problem> body(String body) {
        var text = body.strip();
        if (text.isEmpty()) return Optional.of(new Problem("body", "body-empty"));
        if (text.length() > BODY_LENGTH) return Optional.of(new Problem("body", "body-long"));
        return Optional.empty();
    }
}
