package org.nafitha.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.notifications.internal.InboxMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The notifications module on its own, driven by the case events it listens to. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "transparency")
class CaseNotificationsTest {

    @Autowired
    InboxMessages inbox;

    @Test
    void anApprovedCaseReachesTheApplicantsInboxOnceEvenIfTheEventIsDeliveredTwice(Scenario scenario) {
        var applicant = "1000000099";
        var event = new CaseStatusChanged(CaseReference.of("PSP", 2026, 424242), "passport-renewal", applicant,
                "confirm", "PENDING_REVIEW", "APPROVED", "REVIEWER", null, Instant.parse("2026-11-23T08:00:00Z"));

        scenario.publish(event)
                .andWaitForStateChange(() -> inbox.forRecipient(applicant, 10), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).extracting(InboxMessages.Message::messageKey)
                        .containsExactly("notifications.case.APPROVED"));

        scenario.publish(event)
                .andWaitForStateChange(() -> inbox.unread(applicant), unread -> unread >= 1)
                .andVerify(unread -> assertThat(inbox.forRecipient(applicant, 10)).hasSize(1));
        assertThat(inbox.forRecipient("1000000016", 10)).extracting(InboxMessages.Message::caseReference)
                .doesNotContain(event.reference().value());
    }

    @Test
    void readingTheInboxClearsTheUnreadCount(Scenario scenario) {
        var applicant = "1000000098";
        var event = new CaseStatusChanged(CaseReference.of("PSP", 2026, 434343), "passport-renewal", applicant,
                "request-info", "SUBMITTED", "INFO_REQUESTED", "OFFICER", "أرفق صورة أوضح", Instant.now());
        scenario.publish(event).andWaitForStateChange(() -> inbox.unread(applicant), unread -> unread == 1)
                .andVerify(unread -> {
                    inbox.markAllRead(applicant, Instant.now());
                    assertThat(inbox.unread(applicant)).isZero();
                    assertThat(inbox.forRecipient(applicant, 10)).extracting(InboxMessages.Message::read)
                            .isEqualTo(List.of(true));
                });
    }
}
