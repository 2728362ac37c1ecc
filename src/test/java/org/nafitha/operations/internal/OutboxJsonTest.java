package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** An event is written once for all its listeners, and every other event gets its own JSON. */
class OutboxJsonTest {

    record Changed(String reference, String to, List<String> steps) {
    }

    final OutboxJson json = new OutboxJson(JsonMapper.builder().build());

    @Test
    void theSameEventPublishedToSeveralListenersIsWrittenOnce() {
        var event = new Changed("PSP-2026-000123-3", "APPROVED", List.of("approve", "confirm"));
        var first = json.serialize(event);
        assertThat(json.serialize(event)).isSameAs(first);
        assertThat(json.deserialize(first, Changed.class)).isEqualTo(event);
    }

    @Test
    void anotherEventIsWrittenAfreshEvenWhenEqual() {
        var approved = new Changed("PSP-2026-000123-3", "APPROVED", List.of());
        var rejected = new Changed("PSP-2026-000123-3", "REJECTED", List.of());
        var equalToApproved = new Changed("PSP-2026-000123-3", "APPROVED", List.of());
        assertThat(json.serialize(approved).toString()).contains("\"APPROVED\"");
        assertThat(json.serialize(rejected).toString()).contains("\"REJECTED\"");
        var again = json.serialize(equalToApproved);
        assertThat(again).isEqualTo(json.serialize(approved)).isNotSameAs(json.serialize(rejected));
    }
}
