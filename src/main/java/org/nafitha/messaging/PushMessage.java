package org.nafitha.messaging;

import org.jspecify.annotations.Nullable;

/**
 * One push to one device.
 *
 * @param address the push service's endpoint (Web Push) or the app's token (FCM, APNs)
 * @param p256dh  the subscription's public key, base64url (Web Push only)
 * @param auth    the subscription's authentication secret, base64url (Web Push only)
 * @param payload what the device shows, as JSON (encrypted on the way for Web Push)
 */
public record PushMessage(String platform, String address, @Nullable String p256dh, @Nullable String auth,
                          String payload) {
}
