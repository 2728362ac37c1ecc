package org.nafitha.notifications.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.notifications.internal.DeviceRules;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param endpoint the Web Push subscription's endpoint; @param token an FCM or APNs app's token */
@Schema(name = "DeviceRegistration", example = """
        {"platform": "webpush", "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2",
         "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                  "auth": "tBHItJI5svbpez7KI4CCXg"}}""")
record DeviceRegistration(@Nullable String platform, @Nullable String endpoint, @Nullable String token,
                          @Nullable Keys keys) {

    /** As a browser's {@code PushSubscription.toJSON()} gives them. */
    record Keys(@Schema(example = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM")
                @Nullable String p256dh,
                @Schema(example = "tBHItJI5svbpez7KI4CCXg") @Nullable String auth) {
    }

    /** As the rules read it: blanks are absent, the rest stripped. */
    DeviceRules.Registration stripped() {
        return new DeviceRules.Registration(blankless(platform), blankless(endpoint), blankless(token),
                keys == null ? null : blankless(keys.p256dh()), keys == null ? null : blankless(keys.auth()));
    }

    private static @Nullable String blankless(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
