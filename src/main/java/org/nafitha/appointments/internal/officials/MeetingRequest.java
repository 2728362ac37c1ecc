package org.nafitha.appointments.internal.officials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A person's request to meet an official, and what the official's office decided. A video meeting may
 * ask for a sign-language {@code interpreter} (with the person's {@code interpreterNote}); the meeting
 * booked from it keeps the ask.
 */
public record MeetingRequest(UUID id, String officialId, String person, String requestedBy, String subject,
                             @Nullable String caseReference, Mode mode, Status status, @Nullable Long sessionId,
                             @Nullable String reason, @Nullable String referredTo, Instant createdAt,
                             @Nullable Instant decidedAt, boolean interpreter, @Nullable String interpreterNote) {

    public enum Mode { IN_PERSON, VIDEO }

    public enum Status { OPEN, ACCEPTED, DECLINED, REFERRED }

    /** Where a request may be referred: the ministry's departments. */
    public static final List<String> DEPARTMENTS = List.of(
            "passports", "residency", "civil-status", "traffic", "police", "nationality", "prisons");
}
