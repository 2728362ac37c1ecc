package org.nafitha.oversight.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;

import org.nafitha.country.CountryProperties;
import org.nafitha.oversight.OversightProperties;
import org.nafitha.transparency.AuditTrail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reads the current week of the log (Sunday to Saturday in the country's zone) through the
 * anomaly rules. Safe on several nodes: an alert exists once per rule, key and week.
 */
@Service
public class AlertJob {

    private final AuditTrail audit;
    private final RaisingAlerts alerts;
    private final AnomalyRules rules;
    private final CountryProperties country;
    private final Clock clock;

    AlertJob(AuditTrail audit, RaisingAlerts alerts, OversightProperties properties, CountryProperties country,
             Clock clock) {
        this.audit = audit;
        this.alerts = alerts;
        this.country = country;
        this.rules = new AnomalyRules(properties, country.zone());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nafitha.oversight.evaluate-every:15m}", initialDelayString = "30s")
    void onSchedule() {
        evaluateNow();
    }

    /** @return how many new alerts */
    public int evaluateNow() {
        var now = clock.instant();
        Instant weekStart = now.atZone(country.zone()).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).atStartOfDay(country.zone()).toInstant();
        return alerts.raise(rules.evaluate(audit.between(weekStart, now.plusSeconds(1))), weekStart);
    }
}
