package org.nafitha.detention.internal;

import org.nafitha.detention.Relation;

/** A detainee as one follower may follow them: through an approved contact, its kinship verified. */
public record Followed(Detainee detainee, Relation relation) {
}
