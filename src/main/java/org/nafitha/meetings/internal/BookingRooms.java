package org.nafitha.meetings.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.nafitha.appointments.OfficialMeetingAccepted;
import org.nafitha.detention.VideoVisitScheduled;
import org.nafitha.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A room exists only for a booking: an accepted video meeting with an official, or a family's video
 * visit approved with its time, becomes a meeting with the request's id, so the person finds it by the
 * id they already know. In-person meetings have no room. A visit is hosted by the prison officers of
 * the detainee's facility, who admit the family member from the waiting room. A sign-language
 * interpreter asked for with the request is kept with the meeting, for its host to assign one.
 */
@Component
class BookingRooms {

    /** Janus room numbers stay below 2^53 so the browser's JavaScript numbers hold them exactly. */
    private static final long ROOMS = 1L << 52;

    private final SecureRandom random = new SecureRandom();
    private final Meetings meetings;
    private final Clock clock;

    BookingRooms(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OfficialMeetingAccepted accepted) {
        if (!accepted.video()) return;
        var starts = accepted.startsAt();
        meetings.book(new Meeting(accepted.request(), Meeting.Kind.OFFICIAL, accepted.request().toString(),
                accepted.person(), Role.OFFICIAL, accepted.department(), starts,
                starts.plus(Duration.ofMinutes(accepted.minutes())), room(), false, null, null,
                null, null, Meeting.Recording.PLANNED,
                Meeting.Interpreting.asked(accepted.interpreter(), accepted.interpreterNote())), clock.instant());
    }

    @ApplicationModuleListener
    void on(VideoVisitScheduled visit) {
        var starts = visit.startsAt();
        meetings.book(new Meeting(visit.request(), Meeting.Kind.VIDEO_VISIT, visit.reference(), visit.familyMember(),
                Role.PRISON_OFFICER, visit.facility(), starts, starts.plus(Duration.ofMinutes(visit.minutes())), room(),
                false, null, null, null, null, Meeting.Recording.PLANNED,
                Meeting.Interpreting.asked(visit.interpreter(), visit.interpreterNote())), clock.instant());
    }

    private long room() {
        return 1 + random.nextLong(ROOMS - 1);
    }
}
