package org.nafitha.municipal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A complaint was closed with what was done; {@code complainant} is the citizen's username when a
 * citizen filed it on the web (who is then told), null when it came from a call, a letter or a municipality.
 */
public record ComplaintClosed(String reference, @Nullable String complainant, String resolution, Instant at) {
}
