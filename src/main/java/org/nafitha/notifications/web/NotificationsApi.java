package org.nafitha.notifications.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.notifications.internal.InboxMessages;
import org.nafitha.country.Languages;
import org.nafitha.notifications.internal.PreferenceRules;
import org.nafitha.notifications.internal.Preferences;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

/** The inbox and the choice of language and channels, as on the inbox and preferences pages. */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class NotificationsApi {

    private static final int INBOX_SIZE = 100;

    private final InboxMessages inbox;
    private final Preferences preferences;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;
    private final Languages languages;

    NotificationsApi(InboxMessages inbox, Preferences preferences, Catalogue catalogue, MessageSource messages,
                     Clock clock, Languages languages) {
        this.languages = languages;
        this.inbox = inbox;
        this.preferences = preferences;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /** @param about what the reference names: an application, an appointment or a conversation */
    record InboxEntry(@Schema(example = "0b6f4d2e-1c3a-4e5b-9f7d-8a2c6e4b1d30") UUID id,
                      @Schema(example = "استلمنا طلبك لتجديد جواز السفر، وهو الآن قيد المراجعة") String text,
                      @Schema(example = "PSP-2026-000123-3") String reference,
                      @Schema(example = "application") String about,
                      @Schema(example = "passport-renewal") String service,
                      @Schema(example = "2026-03-14T09:12:41+03:00") Instant createdAt,
                      @Schema(example = "false") boolean read) {
    }

    record Inbox(@Schema(example = "1") long unread, List<InboxEntry> messages) {
    }

    /** @param byPush absent: as before (on for a person who never chose), so older clients keep pushes */
    @Schema(name = "NotificationChoice")
    record Choice(@Schema(example = "ar") @Nullable String language, @Schema(example = "true") @Nullable Boolean bySms,
                  @Schema(example = "true") @Nullable Boolean byEmail,
                  @Schema(example = "m.khan@example.sa") @Nullable String email,
                  @Schema(example = "true") @Nullable Boolean byPush) {
    }

    @Operation(summary = "My inbox: the newest 100 notifications in the language asked for, and how many are unread")
    @GetMapping("/api/v1/inbox")
    Inbox inbox(Actor actor, Locale locale) {
        var names = catalogue.names(locale);
        var recipient = recipient(actor);
        return new Inbox(inbox.unread(recipient), inbox.forRecipient(recipient, INBOX_SIZE).stream()
                .map(m -> new InboxEntry(m.id(), messages.getMessage(m.messageKey(),
                        new Object[]{names.getOrDefault(m.serviceCode(), m.serviceCode())}, m.messageKey(), locale),
                        m.caseReference(), about(m.messageKey()), m.serviceCode(), m.createdAt(), m.read()))
                .toList());
    }

    @Operation(summary = "Mark all my notifications read")
    @ApiResponse(responseCode = "204", description = "all read", content = @Content)
    @PostMapping("/api/v1/inbox/read")
    ResponseEntity<Void> markRead(Actor actor) {
        inbox.markAllRead(recipient(actor), clock.instant());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "How I am notified: language (ar or en), by SMS, by e-mail and the address, by push to my registered devices")
    @GetMapping("/api/v1/notifications/preferences")
    Preferences.Preference preferences(Actor actor) {
        return preferences.of(recipient(actor));
    }

    @Operation(summary = "Change how I am notified; 422 lists each field's problem (an unknown language, e-mail "
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
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage("portal.api.invalid", null, "portal.api.invalid", locale));
            problem.setProperty("code", "api.invalid");
            var errors = new LinkedHashMap<String, String>();
            problems.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
            problem.setProperty("errors", errors);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        var chosen = new Preferences.Preference(String.valueOf(choice.language()), Boolean.TRUE.equals(choice.bySms()),
                byEmail, email.isEmpty() ? null : email,
                choice.byPush() == null ? preferences.of(recipient(actor)).byPush() : choice.byPush());
        preferences.save(recipient(actor), chosen, clock.instant());
        return ResponseEntity.ok(chosen);
    }

    private static String about(String messageKey) {
        if (messageKey.startsWith("appointments.")) return "appointment";
        if (messageKey.startsWith("contactcentre.commcentre.")) return "conversation";
        return "application";
    }

    private static String recipient(Actor actor) {
        return actor.nationalId() == null ? actor.username() : actor.nationalId();
    }
}
