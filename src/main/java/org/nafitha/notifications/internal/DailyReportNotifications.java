package org.nafitha.notifications.internal;

import java.util.Map;

import org.nafitha.analytics.DailyReportReady;
import org.nafitha.issuance.IssuanceProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The day's performance report, to each member of the leadership: an inbox line leading to its PDF
 * and CSV, and the same links by e-mail or SMS as they chose. The reference of the messages is the
 * report's day.
 */
@Component
class DailyReportNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final IssuanceProperties issuance;

    DailyReportNotifications(InboxMessages inbox, Notifier notifier, IssuanceProperties issuance) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.issuance = issuance;
    }

    @ApplicationModuleListener
    void on(DailyReportReady report) {
        var day = report.day().toString();
        var base = issuance.publicBaseUrl().replaceAll("/+$", "") + "/staff/analytics/report.";
        for (var leader : report.recipients()) {
            var dedupe = "daily-report|" + day + "|" + leader;
            inbox.deliver(leader, dedupe, "notifications.analytics.dailyReport", day, null, report.at());
            notifier.notify(new Notifier.Occurrence(TemplateKey.DAILY_REPORT, leader, day, null, report.at(),
                    Map.of("reportLink", base + "pdf?day=" + day, "csvLink", base + "csv?day=" + day), dedupe));
        }
    }
}
