package org.nafitha.detention;

import java.time.Instant;

/**
 * A detainee's legal status or court sessions changed; one event per follower allowed to see it.
 *
 * @param fileNumber the facility's file number, quoted as the reference
 */
public record DetaineeStatusChanged(String fileNumber, String follower, LegalStatus status,
                                    String detaineeAr, String detaineeEn, Instant at) {
}
