package org.nafitha.appointments.internal;

import java.time.Instant;

/** A start time at an office with as many seats as the office has counters. */
public record Slot(long id, String officeId, Instant startsAt, int capacity, int booked) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
