package org.nafitha.appointments;

import java.time.Instant;
import java.util.UUID;

/** An official's office accepted a person's meeting request into a slot starting at {@code startsAt}. */
public record OfficialMeetingAccepted(UUID request, String person, String officialId, Instant startsAt) {
}
