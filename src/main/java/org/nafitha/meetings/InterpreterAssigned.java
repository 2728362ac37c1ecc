package org.nafitha.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * A host assigned a sign-language interpreter to a video meeting: the interpreter is told (the
 * notifications module), so they are not left to find the call on their page.
 *
 * @param booking     the meeting's booking, as the interpreter's calls page shows it
 * @param interpreter the interpreter's username
 */
public record InterpreterAssigned(UUID meeting, String booking, String interpreter, Instant startsAt, Instant at) {
}
