package org.nafitha.meetings.web;

import java.util.Optional;
import java.util.UUID;

/** A meeting and one of its connections, by the ids in the URL; nothing when either is not an id. */
record ConnectionIds(UUID meeting, UUID connection) {

    static Optional<ConnectionIds> parse(String meeting, String connection) {
        return MeetingsApi.parse(meeting).flatMap(m -> MeetingsApi.parse(connection).map(c -> new ConnectionIds(m, c)));
    }
}
