package org.nafitha.contactcentre;

import java.time.Instant;

/**
 * The communication centre's staff answered a person in writing.
 *
 * @param reference the conversation's reference, e.g. {@code WR-7KQ4M2XP}
 * @param person    national ID of the person written to
 */
public record ConversationAnswered(String reference, String person, Instant at) {
}
