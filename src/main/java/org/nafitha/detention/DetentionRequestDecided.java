package org.nafitha.detention;

import java.time.Instant;

/** Staff decided a family's request (or proposed a release): the requester is told. */
public record DetentionRequestDecided(String reference, String requester, RequestType type, RequestStatus status,
                                      String detaineeAr, String detaineeEn, Instant at) {
}
