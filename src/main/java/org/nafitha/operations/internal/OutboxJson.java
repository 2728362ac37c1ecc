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
 */
@Component
class OutboxJson implements EventSerializer {

    private final JsonMapper mapper;

    OutboxJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        return mapper.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readerFor(type).readValue(serialized.toString());
    }
}
