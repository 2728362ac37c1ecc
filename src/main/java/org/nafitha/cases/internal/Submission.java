package org.nafitha.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;

/**
 * A request to open a case.
 *
 * @param documents       file field → documents already stored for it
 * @param idempotencyKey  the client's key; the same key with the same request yields the same case
 * @param onBehalfOf      national ID of the person applied for, when not the actor (needs a mandate)
 */
public record Submission(Actor actor, String serviceCode, Map<String, String> input,
                         Map<String, List<UUID>> documents, String idempotencyKey, @Nullable String onBehalfOf) {

    public Submission {
        input = Map.copyOf(input);
        documents = Map.copyOf(documents);
    }
}
