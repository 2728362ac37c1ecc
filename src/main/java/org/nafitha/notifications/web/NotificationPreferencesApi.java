package org.nafitha.notifications.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Languages;
import org.nafitha.identity.Actor;
import org.nafitha.notifications.internal.PreferenceRules;
import org.nafitha.notifications.internal.Preferences;
import org.nafitha.errors.CommonError;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The choice of language and channels, as on the preferences page. Its operations keep the ids they were
 * published under in {@link NotificationsApi}.
 */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class NotificationPreferencesApi {

    private final Preferences preferences;
    private final MessageSource messages;
    private final Clock clock;
    private final Languages languages;
    private final Problems answers;

    NotificationPreferencesApi(Preferences preferences, MessageSource messages, Clock clock, Languages languages,
                               Problems answers) {
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.languages = languages;
        this.answers = answers;
    }

    /** @param byPush absent: as before (on for a person who never chose), so older clients keep pushes */
    @Schema(name = "NotificationChoice")
    record Choice(@Schema(example = "ar") @Nullable String language, @Schema(example = "true") @Nullable Boolean bySms,
                  @Schema(example = "true") @Nullable Boolean byEmail,
                  @Schema(example = "m.khan@example.sa") @Nullable String email,
                  @Schema(example = "true") @Nullable Boolean byPush) {
    }

    @Operation(operationId = "notificationsPreferences", summary = "How I am notified: language (ar or en), by SMS, by e-mail and the address, by push to my registered devices")
    @GetMapping("/api/v1/notifications/preferences")
    Preferences.Preference preferences(Actor actor) {
        return preferences.of(Recipient.of(actor));
    }

    @Operation(operationId = "notificationsChoose", summary = "Change how I am notified; 422 lists each field's problem (an unknown language, e-mail "
            + "chosen without a valid address)")
    @ApiResponse(responseCode = "200", description = "the choice as saved",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"language": "ar", "bySms": true, "byEmail": true, "email": "m.khan@example.sa", "byPush": true}""")))
    @PutMapping("/api/v1/notifications/preferences")
    ResponseEntity<?> choose(@RequestBody Choice choice, Actor actor, Locale locale) {
        var email = choice.email() == null ? "" : choice.email().strip();
        boolean byEmail = Boolean.TRUE.equals(choice.byEmail());
        var problems = PreferenceRules.problems(choice.language(), byEmail, email, languages.codes());
        if (!problems.isEmpty()) {
            var problem = answers.detail(CommonError.INVALID);
            var errors = new LinkedHashMap<String, String>();
            problems.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
            problem.setProperty("errors", errors);
            return ResponseEntity.status(CommonError.INVALID.status()).body(problem);
        }
        var chosen = new Preferences.Preference(String.valueOf(choice.language()), Boolean.TRUE.equals(choice.bySms()),
                byEmail, email.isEmpty() ? null : email,
                choice.byPush() == null ? preferences.of(Recipient.of(actor)).byPush() : choice.byPush());
        preferences.save(Recipient.of(actor), chosen, clock.instant());
        return ResponseEntity.ok(chosen);
    }
}
