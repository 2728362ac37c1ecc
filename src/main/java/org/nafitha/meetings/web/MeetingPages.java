package org.nafitha.meetings.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.meetings.internal.Interpreting;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.nafitha.meetings.internal.Meeting;
import org.nafitha.meetings.internal.MeetingNotes;
import org.nafitha.meetings.internal.RunningMeetings;
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
 * with the case brief beside the call, the notes kept with the meeting and, when the person asked for
 * one, the choice of sign-language interpreter ({@code /staff/meetings/{id}}); the interpreter's calls
 * ({@code /staff/meetings/interpreting}) and call ({@code /staff/meetings/{id}/interpret}); and the
 * security officer's watching a video visit ({@code /staff/meetings/{id}/watch}). The media needs
 * JavaScript; the page says so when it is off.
 */
@Controller
class MeetingPages {

    private final JoiningMeetings joining;
    private final MeetingNotes notes;
    private final MeetingsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final MeetingChatPages chat;
    private final Interpreting interpreting;

    MeetingPages(JoiningMeetings joining, MeetingNotes notes, MeetingsProperties properties, Calendars calendars,
                 Clock clock, MeetingChatPages chat, Interpreting interpreting) {
        this.chat = chat;
        this.interpreting = interpreting;
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
                @RequestParam(required = false) @Nullable String chatError,
                @RequestParam(required = false) @Nullable String interpreterError, Actor actor, Model model, Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isHost(actor)).orElseThrow(MeetingPages::notFound);
        model.addAllAttributes(chat.form(id, actor, known(chatError), ""));
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("noteLength", MeetingNotes.MAX_LENGTH);
        if (meeting.interpreting().asked()) model.addAttribute("interpreters", interpreting.interpreters());
        model.addAttribute("interpreterError", known(interpreterError));
        return call(meeting, true, ice, model, locale);
    }

    /** The host assigns the interpreter chosen from the list; a refusal comes back as its message key. */
    @PostMapping("/staff/meetings/{id}/interpreter")
    String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String interpreter, Actor actor) {
        var refused = interpreting.assign(id, actor, interpreter);
        if (refused.isPresent() && refused.get() == MeetingError.NOT_FOUND) throw notFound();
        return "redirect:/staff/meetings/" + id
                + refused.map(e -> "?interpreterError=" + e.messageKey()).orElse("") + "#interpreting";
    }

    /** The interpreter's calls to come, each with its time, kind and the person's note about the interpreting. */
    @GetMapping("/staff/meetings/interpreting")
    String interpreting(Actor actor, Model model, Locale locale) {
        model.addAttribute("calls", interpreting.assignedTo(actor).stream()
                .map(m -> new Assigned(m, calendars.dateTime(m.startsAt(), locale),
                        m.status(clock.instant(), properties.opensBefore()).name())).toList());
        return "meetings/interpreting";
    }

    /** A call on the interpreter's list, as {@code when} (both calendars) and its status now. */
    record Assigned(Meeting meeting, String when, String status) {
    }

    /** The assigned interpreter's call page: the call without the host's brief and notes, and without the chat. */
    @GetMapping("/staff/meetings/{id}/interpret")
    String interpreter(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice, Actor actor, Model model,
                       Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isInterpreter(actor)).orElseThrow(MeetingPages::notFound);
        model.addAttribute("side", RunningMeetings.Side.INTERPRETER);
        return call(meeting, false, ice, model, locale);
    }

    /** A security officer watches a video visit: the call page without a camera, a chat or notes. */
    @GetMapping("/staff/meetings/{id}/watch")
    String viewer(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice, Actor actor, Model model,
                  Locale locale) {
        var meeting = joining.toWatch(id, actor).orElseThrow(MeetingPages::notFound);
        model.addAttribute("viewer", true);
        model.addAttribute("side", RunningMeetings.Side.VIEWER);
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
        if (!model.containsAttribute("side")) model.addAttribute("side", host ? RunningMeetings.Side.HOST : RunningMeetings.Side.PERSON);
        var side = (RunningMeetings.Side) model.getAttribute("side");
        model.addAttribute("feeds", feeds(meeting, side));
        model.addAttribute("relay", "relay".equals(ice) ? "only" : "all");
        model.addAttribute("host", host);
        model.addAttribute("status", meeting.status(clock.instant(), properties.opensBefore()).name());
        model.addAttribute("startsAt", calendars.dateTime(meeting.startsAt(), locale));
        model.addAttribute("opensAt", calendars.dateTime(meeting.opensAt(properties.opensBefore()), locale));
        return "meetings/call";
    }

    /** A video of the call: the side whose feed it shows and the caption's message key. */
    record Feed(RunningMeetings.Side side, String caption) {
    }

    /**
     * The others' videos on this side's page: the person and the host, and the interpreter when one was
     * asked for — everyone but oneself (a viewer sees all of them).
     */
    static List<Feed> feeds(Meeting meeting, RunningMeetings.Side self) {
        var visit = meeting.kind() == Meeting.Kind.VIDEO_VISIT;
        var feeds = new ArrayList<Feed>();
        if (self != RunningMeetings.Side.PERSON) {
            feeds.add(new Feed(RunningMeetings.Side.PERSON, visit ? "meetings.call.family" : "meetings.call.person"));
        }
        if (self != RunningMeetings.Side.HOST) {
            feeds.add(new Feed(RunningMeetings.Side.HOST, visit ? "meetings.call.officer" : "meetings.call.host"));
        }
        if (self != RunningMeetings.Side.INTERPRETER && meeting.interpreting().asked()) {
            feeds.add(new Feed(RunningMeetings.Side.INTERPRETER, "meetings.call.interpreter"));
        }
        return List.copyOf(feeds);
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
