package org.nafitha.meetings.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nafitha.country.Calendars;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.meetings.internal.Meeting;
import org.nafitha.meetings.internal.RunningMeetings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The call page as each side sees it: the others' videos, the meeting's status and times in both calendars. */
@Component
class CallPage {

    private final MeetingsProperties properties;
    private final Calendars calendars;
    private final Clock clock;

    CallPage(MeetingsProperties properties, Calendars calendars, Clock clock) {
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** {@code ice=relay} sends the media through TURN only, as behind a strict firewall (and to test TURN). */
    String show(Meeting meeting, boolean host, String ice, Model model, Locale locale) {
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
}
