package org.nafitha.appointments.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One booked visit and, once the person arrives, its place in the office queue. */
public record Appointment(UUID id, String code, String person, String bookedBy, String serviceCode, String officeId,
                          long slotId, Instant startsAt, int minutes, @Nullable String caseReference, Status status,
                          Instant createdAt, @Nullable Integer ticket, @Nullable Instant checkedInAt,
                          @Nullable Instant calledAt, @Nullable Integer counter, @Nullable Instant finishedAt) {

    public enum Status { BOOKED, CANCELLED, CHECKED_IN, CALLED, SERVED, NO_SHOW }

    public boolean active() {
        return status == Status.BOOKED || status == Status.CHECKED_IN || status == Status.CALLED;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    /** The case it is for, or the booking code when it stands alone: what messages call it. */
    public String reference() {
        return caseReference != null ? caseReference : code;
    }
}
