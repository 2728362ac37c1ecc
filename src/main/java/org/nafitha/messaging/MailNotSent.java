package org.nafitha.messaging;

/** The mail server did not take the message; {@code temporary} when worth trying again. */
public class MailNotSent extends RuntimeException {

    private final boolean temporary;

    public MailNotSent(String reason, boolean temporary, Throwable cause) {
        super(reason, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }
}
