package org.nafitha.appointments;

import java.time.Instant;

/** The day before an appointment: published once, whichever node runs the reminder job. */
public record AppointmentReminderDue(String code, String person, String serviceCode, String reference,
                                     AppointmentPlace place, Instant startsAt, Instant at) {
}
