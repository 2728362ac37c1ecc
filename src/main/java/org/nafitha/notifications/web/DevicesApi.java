package org.nafitha.notifications.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushProperties;
import org.nafitha.notifications.internal.Devices;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The devices an app or a browser registered for push notifications ({@link DeviceRegistrationApi}). What
 * reaches them follows the person's channel choice ({@code byPush} in the notification preferences). Only the
 * owner sees or removes a device: anyone else's is 404, as if it did not exist.
 */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class DevicesApi {

    private final Devices devices;
    private final PushProperties push;
    private final PushGateway gateway;

    DevicesApi(Devices devices, PushProperties push, PushGateway gateway) {
        this.devices = devices;
        this.push = push;
        this.gateway = gateway;
    }

    /** @param publicKey the VAPID public key a browser passes to {@code PushManager.subscribe} as applicationServerKey */
    record WebPushKey(String publicKey) {
    }

    @Operation(summary = "My devices registered for push notifications")
    @GetMapping("/api/v1/devices")
    List<DeviceView> mine(Actor actor) {
        return devices.of(Recipient.of(actor)).stream().map(d -> DeviceView.of(d, gateway)).toList();
    }

    @Operation(summary = "The server's VAPID public key, for a browser's PushManager.subscribe (404 while Web Push is off)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"publicKey": "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"}""")))
    @GetMapping("/api/v1/devices/webpush-key")
    ResponseEntity<?> webPushKey() {
        var key = push.vapidPublicKey();
        if (!gateway.delivers("webpush") || key == null || key.isBlank()) return notFound();
        return ResponseEntity.ok(new WebPushKey(key));
    }

    @Operation(summary = "One of my devices (404 for a device that is not mine)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "9a4c2e71-3b5d-4f86-a0c1-7e2d9b3f5a48", "platform": "webpush",
             "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2", "token": null,
             "createdAt": "2026-03-14T09:40:12+03:00", "delivered": true}""")))
    @GetMapping("/api/v1/devices/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var uuid = parse(id);
        if (uuid == null) return notFound();
        var owner = Recipient.of(actor);
        return devices.find(uuid).filter(d -> d.owner().equals(owner))
                .<ResponseEntity<?>>map(d -> ResponseEntity.ok(DeviceView.of(d, gateway))).orElseGet(DevicesApi::notFound);
    }

    @Operation(summary = "Stop pushing to one of my devices (404 for a device that is not mine)")
    @ApiResponse(responseCode = "204", description = "no longer pushed to", content = @Content)
    @DeleteMapping("/api/v1/devices/{id}")
    ResponseEntity<?> remove(@PathVariable String id, Actor actor) {
        var uuid = parse(id);
        if (uuid == null) return notFound();
        return devices.remove(Recipient.of(actor), uuid) ? ResponseEntity.noContent().build() : notFound();
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
