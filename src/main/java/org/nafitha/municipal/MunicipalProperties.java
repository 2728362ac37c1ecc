package org.nafitha.municipal;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The beneficiary matcher's thresholds on the Fellegi–Sunter score (sum of log2 weights): at or
 * above {@code link} two records are linked automatically, at or above {@code review} two people
 * look at the pair, below it they are distinct. {@code maxCandidates} bounds one blocking query.
 * {@code registrations} limits the public registration. {@code reportAt}: the hour of the country's day
 * at which the operations room's report of the day before is announced. {@code keepComplaintAttachments}:
 * how long the photos and files of a closed complaint are kept after it was closed.
 */
@ConfigurationProperties("nafitha.municipal")
public record MunicipalProperties(@DefaultValue Matching matching, @DefaultValue Registrations registrations,
                                  @DefaultValue("07:00") LocalTime reportAt,
                                  @DefaultValue("P2Y") Period keepComplaintAttachments) {

    /**
     * The public registration sends an SMS code to the number given: a brake on SMS pumping.
     *
     * @param perAddressPerHour registrations one client address may start in an hour
     * @param perMobilePerHour  codes one mobile number may be sent in an hour
     */
    public record Registrations(@DefaultValue("20") int perAddressPerHour, @DefaultValue("3") int perMobilePerHour) {
    }

    public record Matching(@DefaultValue("16") double link, @DefaultValue("11") double review,
                           @DefaultValue("500") int maxCandidates) {

        public Matching {
            if (review > link) throw new IllegalArgumentException("nafitha.municipal.matching.review must not exceed link");
        }
    }
}
