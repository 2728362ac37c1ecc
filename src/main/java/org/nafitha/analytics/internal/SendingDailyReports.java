package org.nafitha.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.nafitha.analytics.AnalyticsProperties;
import org.nafitha.analytics.DailyReportReady;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.operations.DailyClaims;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends yesterday's report to the ministry's leadership once the configured hour has come in the
 * country. Every node polls; the day's row is claimed by a primary key, so of several nodes exactly
 * one sends it, and a node started after the hour still sends a day nobody sent.
 */
@Service
public class SendingDailyReports {

    private final DailyClaims days;
    private final StaffDirectory staff;
    private final AnalyticsProperties properties;
    private final Calendars calendars;
    private final Clock clock;

    SendingDailyReports(DailyClaims days, StaffDirectory staff, AnalyticsProperties properties, Calendars calendars,
                        Clock clock) {
        this.days = days;
        this.staff = staff;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Scheduled(cron = "${nafitha.analytics.report-check-cron:0 */5 * * * *}")
    void onSchedule() {
        sendIfDue();
    }

    /**
     * Claims and sends the report of the day before today, if the hour has come and no node sent it.
     *
     * @return the day sent, empty when it is not time yet or another call sent it
     */
    public Optional<LocalDate> sendIfDue() {
        var now = clock.instant().atZone(calendars.zone());
        var recipients = staff.holding(Role.LEADERSHIP).stream().map(StaffDirectory.Member::username).toList();
        return days.announceYesterday("analytics_daily_reports", now, properties.reportAt(), recipients, DailyReportReady::new);
    }
}
