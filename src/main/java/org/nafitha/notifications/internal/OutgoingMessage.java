package org.nafitha.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One notification on one channel to one address, as the sender and the status pages see it. */
public record OutgoingMessage(UUID id, String recipient, Channel channel, String address, String language,
                              String templateKey, @Nullable String caseReference, @Nullable String subject,
                              String body, Status status, int attempts, @Nullable String failureReason,
                              Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant deliveredAt) {

    /**
     * PENDING: waiting to be sent (again); SENDING: claimed by a sender; SUBMITTED: the SMS centre
     * or mail server took it; DELIVERED: the handset received it (SMS receipt); FAILED: given up,
     * with the reason; UNDELIVERED: taken, but the receipt says it never arrived.
     */
    public enum Status { PENDING, SENDING, SUBMITTED, DELIVERED, FAILED, UNDELIVERED }
}
