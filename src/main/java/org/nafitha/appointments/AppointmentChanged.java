package org.nafitha.appointments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An appointment moved to another time ({@code cancelled} false) or was cancelled. */
public record AppointmentChanged(String code, String person, String serviceCode, String reference,
                                 @Nullable String caseReference, AppointmentPlace place, Instant startsAt,
                                 boolean cancelled, Instant at) {
}
