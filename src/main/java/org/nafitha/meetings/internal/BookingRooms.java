package org.nafitha.meetings.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.nafitha.appointments.OfficialMeetingAccepted;
import org.nafitha.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A room exists only for a booking: an accepted video meeting with an official becomes a meeting
 * (with the request's id, so the person finds it by the id they already know). In-person meetings
 * have no room.
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
                starts.plus(Duration.ofMinutes(accepted.minutes())), 1 + random.nextLong(ROOMS - 1), false, null, null,
                null, null, Meeting.Recording.PLANNED), clock.instant());
    }
}
