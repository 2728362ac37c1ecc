package org.nafitha.oversight;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inspectors' anomaly rules: working hours and the numbers each rule raises an alert at.
 * A ministry tunes them here (and measures the effect with the simulation), not in code.
 *
 * @param evaluateEvery how often the rules read the current week
 * @param workStart     working hours in the country profile's time zone
 * @param weekend       days off (Friday and Saturday in the Gulf)
 */
@ConfigurationProperties("nafitha.oversight")
public record OversightProperties(@DefaultValue("15m") Duration evaluateEvery,
                                  @DefaultValue("07:30") LocalTime workStart,
                                  @DefaultValue("15:30") LocalTime workEnd,
                                  @DefaultValue({"FRIDAY", "SATURDAY"}) List<DayOfWeek> weekend,
                                  @DefaultValue Thresholds thresholds) {

    public static OversightProperties defaults() {
        return new OversightProperties(Duration.ofMinutes(15), LocalTime.of(7, 30), LocalTime.of(15, 30),
                List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Thresholds.defaults());
    }

    /**
     * @param urgentMin       urgent flags in a week before an officer is compared with peers
     * @param urgentFactor    how many times the peers' median is "far above"
     * @param fastFraction    an approval faster than this share of the service's median time is fast
     * @param fastMin         fast approvals by one officer in a week that make an alert
     * @param fastNormCases   decided cases a service needs in the week before its norm is trusted
     * @param afterHoursMin   decisions outside working hours by one officer in a week
     * @param sameApplicantMin decisions by one officer on one applicant's distinct cases in a week
     * @param bypassMin       assignments outside fair assignment by one person in a week
     * @param lookupMin       look-ups of a person without a case by one member of staff in a week
     * @param slaMin          breaches in one department in a week before it is compared
     * @param slaFactor       how many times the other departments' mean is "piling up"
     */
    public record Thresholds(@DefaultValue("5") int urgentMin, @DefaultValue("3.0") double urgentFactor,
                             @DefaultValue("0.2") double fastFraction, @DefaultValue("4") int fastMin,
                             @DefaultValue("10") int fastNormCases, @DefaultValue("3") int afterHoursMin,
                             @DefaultValue("3") int sameApplicantMin, @DefaultValue("1") int bypassMin,
                             @DefaultValue("3") int lookupMin, @DefaultValue("5") int slaMin,
                             @DefaultValue("3.0") double slaFactor) {

        public static Thresholds defaults() {
            return new Thresholds(5, 3.0, 0.2, 4, 10, 3, 3, 1, 3, 5, 3.0);
        }
    }
}
