package org.nafitha.detention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.internal.DetentionRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param visitAt  a video visit's start once an officer approved it with a time
 * @param meeting  the video visit's call ({@code /api/v1/meetings/{meeting}}, to join within its window)
 * @param reason   why it was refused or decided so, when staff wrote it
 */
@Schema(name = "DetentionRequestView")
record RequestView(@Schema(example = "TWS-2026-000318") String reference, @Schema(example = "VIDEO_VISIT") String type,
                   @Schema(example = "APPROVED") String status, @Schema(example = "2026-03-14") @Nullable LocalDate visitOn,
                   @Schema(example = "2026-03-14T10:30:00+03:00") @Nullable Instant visitAt,
                   @Schema(example = "30") @Nullable Integer visitMinutes,
                   @Schema(example = "8f14e45f-ceea-4a67-9c1d-2b7c3e5a9d10") @Nullable UUID meeting,
                   @Schema(example = "تمت الموافقة على الزيارة المرئية") @Nullable String reason,
                   @Schema(example = "2026-03-02T19:05:00+03:00") Instant createdAt) {

    static RequestView of(DetentionRequest r) {
        var call = r.type() == RequestType.VIDEO_VISIT && r.visitAt() != null ? r.id() : null;
        return new RequestView(r.reference(), r.type().name(), r.status().name(), r.visitOn(), r.visitAt(),
                r.visitMinutes(), call, r.decidedReason(), r.createdAt());
    }
}
