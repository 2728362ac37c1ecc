package org.nafitha.meetings.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.meetings.internal.Interpreting;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.nafitha.meetings.internal.Meeting;
import org.nafitha.meetings.internal.RunningMeetings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sign-language interpreter in a meeting: the host assigns one, the interpreter sees their calls
 * to come ({@code /staff/meetings/interpreting}) and joins one ({@code /staff/meetings/{id}/interpret}).
 */
@Controller
class InterpreterPages {

    private final JoiningMeetings joining;
    private final Interpreting interpreting;
    private final CallPage callPage;
    private final MeetingsProperties properties;
    private final Calendars calendars;
    private final Clock clock;

    InterpreterPages(JoiningMeetings joining, Interpreting interpreting, CallPage callPage, MeetingsProperties properties,
                     Calendars calendars, Clock clock) {
        this.joining = joining;
        this.interpreting = interpreting;
        this.callPage = callPage;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The host assigns the interpreter chosen from the list; a refusal comes back as its message key. */
    @PostMapping("/staff/meetings/{id}/interpreter")
    String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String interpreter, Actor actor) {
        var refused = interpreting.assign(id, actor, interpreter);
        if (refused.isPresent() && refused.get() == MeetingError.NOT_FOUND) throw MeetingPages.notFound();
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
        return callPage.show(meeting, false, ice, model, locale);
    }
}
