package org.nafitha.messaging;

/**
 * An SMS to send.
 *
 * @param msisdn   the phone number in international form, e.g. {@code +966501234567}
 * @param account  whose message it is (national ID or staff username), so a tester can find it
 * @param purpose  why it is sent, e.g. {@code sign-in-code}; never the code itself
 */
public record TextMessage(String msisdn, String account, String text, String purpose) {
}
