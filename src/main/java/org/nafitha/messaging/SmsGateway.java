package org.nafitha.messaging;

/** Hands a text message to the operator's SMS centre (or, unconfigured, to the dev outbox). */
public interface SmsGateway {

    void send(TextMessage message);
}
