package org.nafitha.detention.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.DetentionProperties;
import org.springframework.stereotype.Component;

/**
 * Where a video visit falls on its day: the officer's start time, in the country's zone, must be still
 * to come and leave the whole visit within the video visiting hours.
 */
@Component
class VideoVisitTimes {

    sealed interface Placed {
        record At(Instant startsAt, int minutes) implements Placed {
        }

        record Refused(DetentionError error) implements Placed {
        }
    }

    private final DetentionProperties.VideoVisitHours hours;
    private final Calendars calendars;
    private final Clock clock;

    VideoVisitTimes(DetentionProperties properties, Calendars calendars, Clock clock) {
        this.hours = properties.videoVisit();
        this.calendars = calendars;
        this.clock = clock;
    }

    Placed place(LocalDate day, @Nullable LocalTime start) {
        if (start == null) return new Placed.Refused(DetentionError.TIME_REQUIRED);
        var startsAt = day.atTime(start).atZone(calendars.zone()).toInstant();
        if (!startsAt.isAfter(clock.instant())) return new Placed.Refused(DetentionError.TIME_PASSED);
        if (!hours.fits(start)) return new Placed.Refused(DetentionError.OUTSIDE_VISITING_HOURS);
        return new Placed.At(startsAt, hours.minutes());
    }
}
