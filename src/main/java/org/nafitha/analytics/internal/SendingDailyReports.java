package org.nafitha.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.analytics.AnalyticsProperties;
import org.nafitha.analytics.DailyReportReady;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends yesterday's report to the ministry's leadership once the configured hour has come in the
 * country. Every node polls; the day's row is claimed by a primary key, so of several nodes exactly
 * one sends it, and a node started after the hour still sends a day nobody sent.
 */
@Service
public class SendingDailyReports {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final AnalyticsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    SendingDailyReports(JdbcClient jdbc, StaffDirectory staff, ApplicationEventPublisher events,
                        AnalyticsProperties properties, Calendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.events = events;
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
    @Transactional
    public Optional<LocalDate> sendIfDue() {
        var now = clock.instant().atZone(calendars.zone());
        if (now.toLocalTime().isBefore(properties.reportAt())) return Optional.empty();
        var day = now.toLocalDate().minusDays(1);
        var recipients = staff.holding(Role.LEADERSHIP).stream().map(StaffDirectory.Member::username).toList();
        var claimed = jdbc.sql("""
                        INSERT INTO analytics_daily_reports (report_day, sent_at, node, recipients)
                        VALUES (:day, :at, :node, :recipients) ON CONFLICT DO NOTHING""")
                .param("day", day).param("at", Timestamp.from(now.toInstant())).param("node", node)
                .param("recipients", recipients.size()).update() == 1;
        if (!claimed) return Optional.empty();
        events.publishEvent(new DailyReportReady(day, recipients, now.toInstant()));
        return Optional.of(day);
    }
}
