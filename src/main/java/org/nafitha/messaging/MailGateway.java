package org.nafitha.messaging;

/** Hands an e-mail to the SMTP server (or, when none is configured, to the dev outbox). */
public interface MailGateway {

    /** @throws MailNotSent when the server refuses or cannot be reached */
    void send(MailMessage message);
}
