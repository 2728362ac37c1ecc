package org.nafitha.contactcentre.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.ErrorCode;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * A written conversation between a person and the communication centre. It guards who may write
 * in it: the person while it is open, the centre's staff while it is open; closing is the staff's.
 */
public record Conversation(UUID id, String reference, String person, String topic, @Nullable String caseReference,
                           Status status, Instant openedAt, Instant updatedAt) {

    /** The department whose staff answer the written channel. */
    public static final String CENTRE = "communication-centre";

    public enum Status { WAITING, ANSWERED, CLOSED }

    public static boolean centreStaff(Actor actor) {
        return actor.has(Role.AGENT) && CENTRE.equals(actor.department());
    }

    public boolean ownedBy(Actor actor) {
        return person.equals(actor.nationalId());
    }

    /** Why {@code actor} may not write in it now, or null when they may. */
    public @Nullable Refusal refusalToWrite(Actor actor) {
        if (!ownedBy(actor) && !centreStaff(actor)) return Refusal.NOT_YOURS;
        if (status == Status.CLOSED) return Refusal.CLOSED;
        return null;
    }

    public @Nullable Refusal refusalToClose(Actor actor) {
        if (!centreStaff(actor)) return Refusal.NOT_YOURS;
        if (status == Status.CLOSED) return Refusal.CLOSED;
        return null;
    }

    public enum Refusal implements ErrorCode {
        /** Not the person's conversation, nor the centre's: answered as if there were none. */
        NOT_YOURS(404), CLOSED(409);

        private final Definition definition;

        Refusal(int status) {
            this.definition = Definition.dashed(status, "contactcentre.commcentre.refused.", name());
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** One message, by the person or by a member of the centre's staff. */
    public record Message(String author, boolean fromStaff, String body, Instant writtenAt) {
    }
}
