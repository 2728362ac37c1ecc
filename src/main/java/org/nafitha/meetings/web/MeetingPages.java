package org.nafitha.meetings.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.nafitha.meetings.internal.Meeting;
import org.nafitha.meetings.internal.MeetingNotes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The call's pages: the person's waiting room and call ({@code /meetings/{id}}), and the host's,
 * with the case brief beside the call and the notes kept with the meeting
 * ({@code /staff/meetings/{id}}), and the security officer's watching a video visit
 * ({@code /staff/meetings/{id}/watch}). The media needs JavaScript; the page says so when it is off.
 */
@Controller
class MeetingPages {

    private final JoiningMeetings joining;
    private final MeetingNotes notes;
    private final MeetingsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final MeetingChatting chat;

    MeetingPages(JoiningMeetings joining, MeetingNotes notes, MeetingsProperties properties, Calendars calendars,
                 Clock clock, MeetingChatting chat) {
        this.chat = chat;
        this.joining = joining;
        this.notes = notes;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}")
    String person(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice,
                  @RequestParam(required = false) @Nullable String chatError, Actor actor, Model model, Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isPerson(actor)).orElseThrow(MeetingPages::notFound);
        model.addAllAttributes(chat.form(id, actor, known(chatError), ""));
        return call(meeting, false, ice, model, locale);
    }

    @GetMapping("/staff/meetings/{id}")
    String host(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice,
                @RequestParam(required = false) @Nullable String chatError, Actor actor, Model model, Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isHost(actor)).orElseThrow(MeetingPages::notFound);
        model.addAllAttributes(chat.form(id, actor, known(chatError), ""));
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("noteLength", MeetingNotes.MAX_LENGTH);
        return call(meeting, true, ice, model, locale);
    }

    /** A security officer watches a video visit: the call page without a camera, a chat or notes. */
    @GetMapping("/staff/meetings/{id}/watch")
    String viewer(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice, Actor actor, Model model,
                  Locale locale) {
        var meeting = joining.toWatch(id, actor).orElseThrow(MeetingPages::notFound);
        model.addAttribute("viewer", true);
        return call(meeting, false, ice, model, locale);
    }

    @PostMapping("/staff/meetings/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Actor actor) {
        if (notes.write(id, actor, text).isPresent()) throw notFound();
        return "redirect:/staff/meetings/" + id + "#notes";
    }

    /** {@code ice=relay} sends the media through TURN only, as behind a strict firewall (and to test TURN). */
    private String call(Meeting meeting, boolean host, String ice, Model model, Locale locale) {
        model.addAttribute("meeting", meeting);
        if (!model.containsAttribute("viewer")) model.addAttribute("viewer", false);
        model.addAttribute("relay", "relay".equals(ice) ? "only" : "all");
        model.addAttribute("host", host);
        model.addAttribute("status", meeting.status(clock.instant(), properties.opensBefore()).name());
        model.addAttribute("startsAt", calendars.dateTime(meeting.startsAt(), locale));
        model.addAttribute("opensAt", calendars.dateTime(meeting.opensAt(properties.opensBefore()), locale));
        return "meetings/call";
    }

    /** Only a refusal's own message key comes back from the redirect; anything else in the address is ignored. */
    private static @Nullable String known(@Nullable String key) {
        return Arrays.stream(MeetingError.values()).map(MeetingError::messageKey).filter(k -> k.equals(key)).findFirst()
                .orElse(null);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
