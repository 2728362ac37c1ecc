package org.nafitha.notifications.internal;

import java.util.Map;

import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.municipal.ComplaintClosed;
import org.nafitha.municipal.ComplaintEscalated;
import org.nafitha.municipal.MunicipalDailyReportReady;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The joint municipal platform's messages: the operations room's daily report to its staff (an
 * inbox line and the links to its PDF and CSV by e-mail or SMS as they chose), a citizen told when
 * the complaint they filed is closed, with what was done, and the room and the competent municipality
 * told in their inbox when a complaint passes its deadline.
 */
@Component
class MunicipalNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final IssuanceProperties issuance;

    MunicipalNotifications(InboxMessages inbox, Notifier notifier, IssuanceProperties issuance) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.issuance = issuance;
    }

    @ApplicationModuleListener
    void on(MunicipalDailyReportReady report) {
        var day = report.day().toString();
        var base = base() + "/municipal/operations/report.";
        for (var member : report.recipients()) {
            var dedupe = "municipal-daily-report|" + day + "|" + member;
            inbox.deliver(member, dedupe, "notifications.municipal.dailyReport", day, null, report.at());
            notifier.notify(new Notifier.Occurrence(TemplateKey.MUNICIPAL_DAILY_REPORT, member, day, null, report.at(),
                    Map.of("reportLink", base + "pdf?day=" + day, "csvLink", base + "csv?day=" + day), dedupe));
        }
    }

    @ApplicationModuleListener
    void on(ComplaintClosed closed) {
        if (closed.complainant() == null) return;
        var dedupe = "complaint-closed|" + closed.reference();
        inbox.deliver(closed.complainant(), dedupe, "notifications.municipal.complaintClosed", closed.reference(), null, closed.at());
        notifier.notify(new Notifier.Occurrence(TemplateKey.COMPLAINT_CLOSED, closed.complainant(), closed.reference(), null,
                closed.at(), Map.of("resolution", closed.resolution(),
                "complaintLink", base() + "/municipal/complaints/" + closed.reference()), dedupe));
    }

    /** A complaint past its deadline: an inbox line to the room's staff and the competent municipality's. */
    @ApplicationModuleListener
    void on(ComplaintEscalated escalated) {
        for (var member : escalated.recipients()) {
            inbox.deliver(member, "complaint-escalated|" + escalated.reference() + "|" + member,
                    "notifications.municipal.complaintEscalated", escalated.reference(), null, escalated.escalatedAt());
        }
    }

    private String base() {
        return issuance.publicBaseUrl().replaceAll("/+$", "");
    }
}
