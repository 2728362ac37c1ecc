package org.nafitha.notifications.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushProperties;
import org.nafitha.notifications.internal.Device;
import org.nafitha.notifications.internal.DeviceRules;
import org.nafitha.notifications.internal.Devices;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The devices an app or a browser registers for push notifications. What reaches them follows the
 * person's channel choice ({@code byPush} in the notification preferences). Only the owner sees or
 * removes a device: anyone else's is 404, as if it did not exist.
 */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class DevicesApi {

    private final Devices devices;
    private final PushProperties push;
    private final PushGateway gateway;
    private final MessageSource messages;
    private final Clock clock;

    DevicesApi(Devices devices, PushProperties push, PushGateway gateway, MessageSource messages, Clock clock) {
        this.devices = devices;
        this.push = push;
        this.gateway = gateway;
        this.messages = messages;
        this.clock = clock;
    }

    /** As a browser's {@code PushSubscription.toJSON()} gives them. */
    record Keys(@Schema(example = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM")
                @Nullable String p256dh,
                @Schema(example = "tBHItJI5svbpez7KI4CCXg") @Nullable String auth) {
    }

    /** @param endpoint the Web Push subscription's endpoint; @param token an FCM or APNs app's token */
    @Schema(name = "DeviceRegistration", example = """
            {"platform": "webpush", "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2",
             "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                      "auth": "tBHItJI5svbpez7KI4CCXg"}}""")
    record Registration(@Nullable String platform, @Nullable String endpoint, @Nullable String token,
                        @Nullable Keys keys) {
    }

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
    }

    /** @param publicKey the VAPID public key a browser passes to {@code PushManager.subscribe} as applicationServerKey */
    record WebPushKey(String publicKey) {
    }

    @Operation(summary = "Register this browser or app for push notifications: platform webpush (endpoint and keys "
            + "p256dh, auth) or fcm/apns (token). Needs an Idempotency-Key; the same endpoint or token again answers "
            + "the same device (200). 400 without the key, 422 lists each field's problem")
    @ApiResponse(responseCode = "201", description = "registered (200: the same endpoint or token again)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "9a4c2e71-3b5d-4f86-a0c1-7e2d9b3f5a48", "platform": "webpush",
             "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2", "token": null,
             "createdAt": "2026-03-14T09:40:12+03:00", "delivered": true}""")))
    @PostMapping("/api/v1/devices")
    ResponseEntity<?> register(@RequestBody Registration body,
                               @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                               Actor actor, Locale locale) {
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    text("notifications.notify.devices.error.idempotencyKey", locale));
            problem.setProperty("code", "notify.IDEMPOTENCY_KEY_REQUIRED");
            return ResponseEntity.badRequest().body(problem);
        }
        var keys = body.keys();
        var registration = new DeviceRules.Registration(blankless(body.platform()), blankless(body.endpoint()),
                blankless(body.token()), keys == null ? null : blankless(keys.p256dh()),
                keys == null ? null : blankless(keys.auth()));
        var problems = DeviceRules.problems(registration, push.loopbackEndpoints());
        if (!problems.isEmpty()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    text("portal.api.invalid", locale));
            problem.setProperty("code", "api.invalid");
            var errors = new LinkedHashMap<String, String>();
            problems.forEach((field, k) -> errors.put(field, text(k, locale)));
            problem.setProperty("errors", errors);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        var registered = devices.register(recipient(actor), registration, key, clock.instant());
        var location = URI.create("/api/v1/devices/" + registered.device().id());
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(view(registered.device()));
    }

    @Operation(summary = "My devices registered for push notifications")
    @GetMapping("/api/v1/devices")
    List<DeviceView> mine(Actor actor) {
        return devices.of(recipient(actor)).stream().map(this::view).toList();
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
        var owner = recipient(actor);
        return devices.find(uuid).filter(d -> d.owner().equals(owner))
                .<ResponseEntity<?>>map(d -> ResponseEntity.ok(view(d))).orElseGet(DevicesApi::notFound);
    }

    @Operation(summary = "Stop pushing to one of my devices (404 for a device that is not mine)")
    @ApiResponse(responseCode = "204", description = "no longer pushed to", content = @Content)
    @DeleteMapping("/api/v1/devices/{id}")
    ResponseEntity<?> remove(@PathVariable String id, Actor actor) {
        var uuid = parse(id);
        if (uuid == null) return notFound();
        return devices.remove(recipient(actor), uuid) ? ResponseEntity.noContent().build() : notFound();
    }

    private DeviceView view(Device d) {
        boolean web = "webpush".equals(d.platform());
        return new DeviceView(d.id(), d.platform(), web ? d.address() : null, web ? null : d.address(), d.createdAt(),
                gateway.delivers(d.platform()));
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }

    private static @Nullable String blankless(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String recipient(Actor actor) {
        return actor.nationalId() == null ? actor.username() : actor.nationalId();
    }
}
