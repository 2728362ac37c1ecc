package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.municipal.MunicipalDailyReportReady;
import org.nafitha.municipal.MunicipalProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces yesterday's report to the national operations room once the configured hour
 * ({@code nafitha.municipal.report-at}) has come in the country. Every node polls; the day's row is
 * claimed by its primary key, so of several nodes exactly one announces it, and a node started after
 * the hour still announces a day nobody did.
 */
@Service
public class SendingMunicipalReports {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final MunicipalProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    SendingMunicipalReports(JdbcClient jdbc, StaffDirectory staff, ApplicationEventPublisher events,
                            MunicipalProperties properties, Calendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.events = events;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Scheduled(cron = "${nafitha.municipal.report-check-cron:0 */5 * * * *}")
    void onSchedule() {
        sendIfDue();
    }

    /** Claims and announces the report of the day before today, if the hour has come and nobody did. */
    @Transactional
    public Optional<LocalDate> sendIfDue() {
        var now = clock.instant().atZone(calendars.zone());
        if (now.toLocalTime().isBefore(properties.reportAt())) return Optional.empty();
        var day = now.toLocalDate().minusDays(1);
        var recipients = staff.holding(Role.OPERATIONS_ROOM).stream().map(StaffDirectory.Member::username).toList();
        var claimed = jdbc.sql("""
                        INSERT INTO municipal_daily_reports (report_day, sent_at, node, recipients)
                        VALUES (:day, :at, :node, :recipients) ON CONFLICT DO NOTHING""")
                .param("day", day).param("at", Timestamp.from(now.toInstant())).param("node", node)
                .param("recipients", recipients.size()).update() == 1;
        if (!claimed) return Optional.empty();
        events.publishEvent(new MunicipalDailyReportReady(day, recipients, now.toInstant()));
        return Optional.of(day);
    }
}
