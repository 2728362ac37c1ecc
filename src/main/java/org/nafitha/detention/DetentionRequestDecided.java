package org.nafitha.detention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Staff decided a family's request (or proposed a release): the requester is told. An approved video
 * visit carries its start and length, so the message says when the call is.
 */
public record DetentionRequestDecided(String reference, String requester, RequestType type, RequestStatus status,
                                      String detaineeAr, String detaineeEn, Instant at, @Nullable Instant visitAt,
                                      @Nullable Integer visitMinutes) {
}
