package org.nafitha.messaging;

/**
 * An e-mail to send, with a plain-text and an HTML body.
 *
 * @param messageId globally unique and stable across retries; becomes the {@code Message-ID}
 *                  header, so a receiving system can recognise a duplicate
 * @param account   whose message it is (national ID or staff username)
 */
public record MailMessage(String messageId, String to, String account, String subject, String text, String html,
                          String purpose) {
}
