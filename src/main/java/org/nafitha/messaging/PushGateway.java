package org.nafitha.messaging;

/**
 * Hands a notification to a push service: Web Push (RFC 8030, with the payload encrypted to the
 * subscription by RFC 8291 and the sender identified by VAPID, RFC 8292) for browsers. An FCM or
 * APNs adapter is another implementation of this interface (see README, "Push for apps").
 */
public interface PushGateway {

    /** Whether this node can deliver to devices of that platform ({@code webpush}, {@code fcm}, {@code apns}). */
    boolean delivers(String platform);

    /** @throws PushNotSent when the push service refuses, has forgotten the subscription or cannot be reached */
    void send(PushMessage message);
}
