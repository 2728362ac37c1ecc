package org.nafitha.municipal.web;

import java.util.Optional;
import java.util.UUID;

/** An id in a URL: a UUID, or nothing when it is not one (answered as not found, like an id that does not exist). */
final class PathIds {

    private PathIds() {
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
