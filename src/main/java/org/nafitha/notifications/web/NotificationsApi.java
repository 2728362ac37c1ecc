package org.nafitha.notifications.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.notifications.internal.InboxMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The inbox, as on the inbox page ({@link NotificationPreferencesApi}: the choice of language and channels). */
@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class NotificationsApi {

    private static final int INBOX_SIZE = 100;

    private final InboxMessages inbox;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;

    NotificationsApi(InboxMessages inbox, Catalogue catalogue, MessageSource messages, Clock clock) {
        this.inbox = inbox;
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

    @Operation(summary = "My inbox: the newest 100 notifications in the language asked for, and how many are unread")
    @GetMapping("/api/v1/inbox")
    Inbox inbox(Actor actor, Locale locale) {
        var names = catalogue.names(locale);
        var recipient = Recipient.of(actor);
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
        inbox.markAllRead(Recipient.of(actor), clock.instant());
        return ResponseEntity.noContent().build();
    }

    private static String about(String messageKey) {
        if (messageKey.startsWith("appointments.")) return "appointment";
        if (messageKey.startsWith("contactcentre.commcentre.")) return "conversation";
        return "application";
    }
}
