package org.nafitha.appointments.internal;

import java.time.Instant;

/** What became of a booking request. Refusals are expected answers, not exceptions. */
public sealed interface BookingOutcome {

    record Booked(Appointment appointment, boolean replay) implements BookingOutcome {
    }

    /** Asked in the first minutes after the day opened: the draw decides at {@code drawAt}. */
    record EnteredDraw(Instant drawAt) implements BookingOutcome {
    }

    record Refused(Refusal reason) implements BookingOutcome {
    }
}
