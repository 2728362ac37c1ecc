package org.nafitha.detention;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nafitha.detention}: what each relation sees of a detainee's file under each legal status
 * (a relation or status missing from the table sees nothing beyond "in custody"), and the hours and
 * length of video visits.
 */
@ConfigurationProperties("nafitha.detention")
public record DetentionProperties(Map<LegalStatus, Map<Relation, Set<DetaineeField>>> visibility,
                                  @Nullable VideoVisitHours videoVisit) {

    public DetentionProperties {
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
        if (videoVisit == null) videoVisit = new VideoVisitHours(null, null, null);
    }

    /**
     * When video visits are held at every facility (the register has no hours of its own per facility):
     * a visit starts at or after {@code opens} and is over by {@code closes}; it lasts {@code minutes}.
     */
    public record VideoVisitHours(@Nullable LocalTime opens, @Nullable LocalTime closes, @Nullable Integer minutes) {

        public VideoVisitHours {
            if (opens == null) opens = LocalTime.of(9, 0);
            if (closes == null) closes = LocalTime.of(16, 0);
            if (minutes == null) minutes = 30;
            if (minutes <= 0 || opens.plusMinutes(minutes).isAfter(closes)) {
                throw new IllegalArgumentException("video visits of " + minutes + " minutes do not fit " + opens + "–" + closes);
            }
        }

        /** A visit starting then is held wholly within the hours. */
        public boolean fits(LocalTime start) {
            return !start.isBefore(opens) && !start.plusMinutes(minutes).isAfter(closes) && !start.plusMinutes(minutes).isBefore(start);
        }
    }
}
