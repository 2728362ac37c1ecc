package org.nafitha.municipal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.municipal.MunicipalDailyReportReady;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.operations.DailyClaims;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Announces yesterday's report to the national operations room once the configured hour
 * ({@code nafitha.municipal.report-at}) has come in the country. Every node polls; the day's row is
 * claimed by its primary key, so of several nodes exactly one announces it, and a node started after
 * the hour still announces a day nobody did.
 */
@Service
public class SendingMunicipalReports {

    private final DailyClaims days;
    private final StaffDirectory staff;
    private final MunicipalProperties properties;
    private final Calendars calendars;
    private final Clock clock;

    SendingMunicipalReports(DailyClaims days, StaffDirectory staff, MunicipalProperties properties, Calendars calendars,
                            Clock clock) {
        this.days = days;
        this.staff = staff;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Scheduled(cron = "${nafitha.municipal.report-check-cron:0 */5 * * * *}")
    void onSchedule() {
        sendIfDue();
    }

    /** Claims and announces the report of the day before today, if the hour has come and nobody did. */
    public Optional<LocalDate> sendIfDue() {
        var now = clock.instant().atZone(calendars.zone());
        var recipients = staff.holding(Role.OPERATIONS_ROOM).stream().map(StaffDirectory.Member::username).toList();
        return days.announceYesterday("municipal_daily_reports", now, properties.reportAt(), recipients,
                MunicipalDailyReportReady::new);
    }
}
