package org.nafitha.issuance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;

/** A delivery moved on; {@code recipient} is the applicant's national ID. */
public record DeliveryStatusChanged(UUID delivery, CaseReference reference, String recipient, DeliveryStatus from,
                                    DeliveryStatus to, String actor, @Nullable String note, Instant at) {
}
