package org.nafitha.messaging;

/**
 * The push service did not take the message. {@code GONE}: it no longer knows the subscription
 * (404 or 410), so the device should be forgotten; {@code TEMPORARY}: worth trying again.
 */
public class PushNotSent extends RuntimeException {

    public enum Kind { TEMPORARY, PERMANENT, GONE }

    private final Kind kind;

    public PushNotSent(String reason, Kind kind, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public PushNotSent(String reason, Kind kind) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
