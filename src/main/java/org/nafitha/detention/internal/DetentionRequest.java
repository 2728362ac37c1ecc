package org.nafitha.detention.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.Relation;
import org.nafitha.detention.RequestStatus;
import org.nafitha.detention.RequestType;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * A family's request and its decision. It guards its own transitions: staff of the detainee's facility
 * with the right role decide; a temporary release needs two different people (proposed, then approved
 * by the head), and a refusal always says why. An approved video visit has its start time and length,
 * and a video visit may ask for a sign-language interpreter in its call.
 */
public record DetentionRequest(UUID id, String reference, UUID detainee, String facility, String requester,
                               Relation relation, RequestType type, RequestStatus status, @Nullable LocalDate visitOn,
                               @Nullable String details, @Nullable Occasion occasion, @Nullable Long amountMinor,
                               @Nullable String documentName, @Nullable String proposedBy,
                               @Nullable String proposedReason, @Nullable String decidedBy,
                               @Nullable String decidedReason, Instant createdAt, int version,
                               @Nullable Instant creditedAt, @Nullable Instant visitAt, @Nullable Integer visitMinutes,
                               boolean interpreter, @Nullable String interpreterNote) {

    /** Where a decision leads, or why it may not be taken. */
    public sealed interface Decision {
    }

    public record Moved(RequestStatus to) implements Decision {
    }

    public record Refused(DetentionError error) implements Decision {
    }

    /** An approved deposit the family has not paid yet (it is owed through the payments module). */
    public boolean awaitingPayment() {
        return type == RequestType.DEPOSIT && status == RequestStatus.APPROVED && creditedAt == null;
    }

    /** An approved video visit with its time: the call the family joins (the meeting has the request's id). */
    public boolean videoVisitScheduled() {
        return type == RequestType.VIDEO_VISIT && status == RequestStatus.APPROVED && visitAt != null;
    }

    /** A deposit's amount in the currency's units. */
    public @Nullable BigDecimal amount() {
        return amountMinor == null ? null : BigDecimal.valueOf(amountMinor, 2);
    }

    public Decision decide(Actor staff, boolean approve, @Nullable String reason) {
        if (!status.open()) return new Refused(DetentionError.ALREADY_DECIDED);
        if (!facility.equals(staff.department())) return new Refused(DetentionError.NOT_YOUR_FACILITY);
        var reasonGiven = reason != null && !reason.isBlank();
        if (!reasonGiven && (!approve || type == RequestType.TEMPORARY_RELEASE)) {
            return new Refused(DetentionError.REASON_REQUIRED);
        }
        if (status == RequestStatus.PROPOSED) return confirm(staff, approve);
        if (staff.roles().stream().noneMatch(type::decidedBy)) return new Refused(DetentionError.NOT_YOUR_DECISION);
        if (!approve) return new Moved(RequestStatus.REFUSED);
        return new Moved(type == RequestType.TEMPORARY_RELEASE ? RequestStatus.PROPOSED : RequestStatus.APPROVED);
    }

    /** The second pair of eyes on a proposed release: the head, never the one who proposed it. */
    private Decision confirm(Actor staff, boolean approve) {
        if (!staff.has(Role.PRISON_HEAD)) return new Refused(DetentionError.NOT_YOUR_DECISION);
        if (staff.username().equals(proposedBy)) return new Refused(DetentionError.FOUR_EYES);
        return new Moved(approve ? RequestStatus.APPROVED : RequestStatus.REFUSED);
    }
}
