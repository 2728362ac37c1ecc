package org.nafitha.appointments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A seat was taken for {@code person} (national ID): at once, or allotted by a release draw.
 * {@code reference} is the case the appointment is for, or the booking code when it stands alone.
 */
public record AppointmentBooked(String code, String person, String serviceCode, String reference,
                                @Nullable String caseReference, AppointmentPlace place, Instant startsAt,
                                Instant at) {
}
