package org.nafitha.operations.internal;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events as JSON in the event publication registry, with the application's {@link JsonMapper}, as
 * Spring Modulith's own serializer writes them, except that the mapper is looked up once. Modulith's
 * asks the bean factory for the mapper on every call, once per listener of every event: resolving
 * that dependency was a tenth of the CPU of a case transition in a flight recording of
 * {@code bench/run casework} (issue 27). Modulith's serializer steps aside when this bean exists.
 * <p>
 * Modulith also serializes an event once per interested listener, one after the other on the
 * publishing thread: the same JSON written again for each (a case's status change has two or three
 * listeners). The thread remembers the last event it wrote, by identity, and gives its JSON again.
 * Events are immutable records, so the same object always writes the same JSON.
 */
@Component
class OutboxJson implements EventSerializer {

    /** The last event this thread serialized and its JSON. */
    private static final ThreadLocal<Written> LAST = new ThreadLocal<>();

    private record Written(Object event, String json) {
    }

    private final JsonMapper mapper;

    OutboxJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        var last = LAST.get();
        if (last != null && last.event() == event) return last.json();
        var json = mapper.writeValueAsString(event);
        LAST.set(new Written(event, json));
        return json;
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readerFor(type).readValue(serialized.toString());
    }
}
