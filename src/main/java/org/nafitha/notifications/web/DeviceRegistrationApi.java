package org.nafitha.notifications.web;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushProperties;
import org.nafitha.notifications.internal.DeviceRules;
import org.nafitha.notifications.internal.Devices;
import org.nafitha.errors.CommonError;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * An app or a browser registers for push notifications ({@link DevicesApi} shows and removes them). Its
 * operation keeps the id it was published under in {@code DevicesApi}.
 */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class DeviceRegistrationApi {

    private final Devices devices;
    private final PushProperties push;
    private final PushGateway gateway;
    private final MessageSource messages;
    private final Clock clock;
    private final Problems answers;

    DeviceRegistrationApi(Devices devices, PushProperties push, PushGateway gateway, MessageSource messages,
                          Clock clock, Problems answers) {
        this.devices = devices;
        this.push = push;
        this.gateway = gateway;
        this.messages = messages;
        this.clock = clock;
        this.answers = answers;
    }

    @Operation(operationId = "devicesRegister", summary = "Register this browser or app for push notifications: platform webpush (endpoint and keys "
            + "p256dh, auth) or fcm/apns (token). Needs an Idempotency-Key; the same endpoint or token again answers "
            + "the same device (200). 400 without the key, 422 lists each field's problem")
    @ApiResponse(responseCode = "201", description = "registered (200: the same endpoint or token again)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "9a4c2e71-3b5d-4f86-a0c1-7e2d9b3f5a48", "platform": "webpush",
             "endpoint": "https://fcm.googleapis.com/fcm/send/dT3kQ9xL2mA:APA91bH7xK2", "token": null,
             "createdAt": "2026-03-14T09:40:12+03:00", "delivered": true}""")))
    @PostMapping("/api/v1/devices")
    ResponseEntity<?> register(@RequestBody DeviceRegistration body,
                               @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                               Actor actor, Locale locale) {
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) return answers.of(NotificationsError.IDEMPOTENCY_KEY_REQUIRED);
        var registration = body.stripped();
        var problems = DeviceRules.problems(registration, push.loopbackEndpoints());
        if (!problems.isEmpty()) {
            var problem = answers.detail(CommonError.INVALID);
            var errors = new LinkedHashMap<String, String>();
            problems.forEach((field, k) -> errors.put(field, text(k, locale)));
            problem.setProperty("errors", errors);
            return ResponseEntity.status(CommonError.INVALID.status()).body(problem);
        }
        var registered = devices.register(Recipient.of(actor), registration, key, clock.instant());
        var location = URI.create("/api/v1/devices/" + registered.device().id());
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(DeviceView.of(registered.device(), gateway));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
