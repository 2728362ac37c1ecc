package org.nafitha.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.Channel;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * A request to open a case.
 *
 * @param documents       file field → documents already stored for it
 * @param idempotencyKey  the client's key; the same key with the same request yields the same case
 * @param onBehalfOf      national ID of the person applied for, when not the actor (needs a mandate,
 *                        except at reception where the visitor's identity is checked in person)
 * @param channel         how the case came in
 * @param enteredBy       the member of staff who entered it for the applicant (reception), if any
 * @param womenSection    to be handled by the women's section staff only
 */
public record Submission(Actor actor, String serviceCode, Map<String, String> input,
                         Map<String, List<UUID>> documents, String idempotencyKey, @Nullable String onBehalfOf,
                         Channel channel, @Nullable String enteredBy, boolean womenSection) {

    public Submission {
        input = Map.copyOf(input);
        documents = Map.copyOf(documents);
    }

    /** Online, by the applicant or their representative. */
    public Submission(Actor actor, String serviceCode, Map<String, String> input, Map<String, List<UUID>> documents,
                      String idempotencyKey, @Nullable String onBehalfOf) {
        this(actor, serviceCode, input, documents, idempotencyKey, onBehalfOf, Channel.ONLINE, null, false);
    }

    /** A walk-in visitor's request entered at reception by the signed-in receptionist. */
    public static Submission atReception(Actor receptionist, String serviceCode, Map<String, String> input,
                                         Map<String, List<UUID>> documents, String idempotencyKey, String visitor,
                                         boolean womenSection) {
        return new Submission(receptionist, serviceCode, input, documents, idempotencyKey, visitor, Channel.RECEPTION,
                receptionist.username(), womenSection);
    }

    /** Reception enters a request for a walk-in visitor, who is always someone else. */
    public boolean enteredAtReception() {
        return channel == Channel.RECEPTION && actor.has(Role.RECEPTION)
                && onBehalfOf != null && actor.username().equals(enteredBy);
    }
}
