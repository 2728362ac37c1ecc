package org.nafitha.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A mandate: who (delegate) may act for whom (principal), given by whom, in which services, until when. */
public record Mandate(UUID id, String principal, String delegate, String grantedBy, String basis, List<String> scope,
                      Instant validFrom, @Nullable Instant validUntil, @Nullable Instant revokedAt,
               String principalNameAr, String principalNameEn, String delegateNameAr, String delegateNameEn) {

    boolean covers(String serviceCode) {
        return scope.contains(serviceCode);
    }

    /** Neither revoked, nor before its start, nor past its end. */
    boolean usable(Instant now) {
        return revokedAt == null && !validFrom.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }
}
