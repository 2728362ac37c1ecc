package org.nafitha.meetings.internal;

/** Janus could not be reached or refused a request Nafitha made on its own behalf. */
public class MediaServerUnavailable extends RuntimeException {

    MediaServerUnavailable(String message) {
        super(message);
    }

    MediaServerUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
