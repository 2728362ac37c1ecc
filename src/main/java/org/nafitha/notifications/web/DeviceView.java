package org.nafitha.notifications.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.messaging.PushGateway;
import org.nafitha.notifications.internal.Device;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The keys are never echoed back. @param delivered whether this server pushes to the platform
 * now (Web Push with its VAPID keys configured; FCM and APNs need an adapter, see README)
 */
@Schema(example = """
        {"id": "9a4c2e71-3b5d-4f86-a0c1-7e2d9b3f5a48", "platform": "webpush",
         "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2", "token": null,
         "createdAt": "2026-03-14T09:40:12+03:00", "delivered": true}""")
record DeviceView(UUID id, String platform, @Nullable String endpoint, @Nullable String token, Instant createdAt,
                  boolean delivered) {

    static DeviceView of(Device d, PushGateway gateway) {
        boolean web = "webpush".equals(d.platform());
        return new DeviceView(d.id(), d.platform(), web ? d.address() : null, web ? null : d.address(), d.createdAt(),
                gateway.delivers(d.platform()));
    }
}
