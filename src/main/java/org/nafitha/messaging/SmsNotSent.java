package org.nafitha.messaging;

/**
 * The SMS centre did not take the message. {@code temporary} failures (centre unreachable,
 * throttled, queue full) are worth trying again later; permanent ones (an invalid number) are not.
 */
public class SmsNotSent extends RuntimeException {

    private final boolean temporary;

    public SmsNotSent(String reason, boolean temporary) {
        super(reason);
        this.temporary = temporary;
    }

    public SmsNotSent(String reason, boolean temporary, Throwable cause) {
        super(reason, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }

    public String reason() {
        return getMessage();
    }
}
