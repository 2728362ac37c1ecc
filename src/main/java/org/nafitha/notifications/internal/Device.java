package org.nafitha.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A device a person registered for push notifications.
 *
 * @param platform {@code webpush}, {@code fcm} or {@code apns}
 * @param address  the Web Push endpoint, or the app's FCM/APNs token
 */
public record Device(UUID id, String owner, String platform, String address, @Nullable String p256dh,
                     @Nullable String auth, Instant createdAt) {
}
