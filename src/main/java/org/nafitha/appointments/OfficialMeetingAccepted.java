package org.nafitha.appointments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An official's office accepted a person's meeting request into a slot starting at {@code startsAt}
 * for {@code minutes}. {@code department} is the official's office (its OFFICIAL staff host the
 * meeting); {@code video} when the person asked to meet by video call; {@code interpreter} when they asked
 * for a sign-language interpreter in it, with their {@code interpreterNote}.
 */
public record OfficialMeetingAccepted(UUID request, String person, String officialId, Instant startsAt,
                                      int minutes, String department, boolean video, boolean interpreter,
                                      @Nullable String interpreterNote) {
}
