package org.nafitha.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.catalogue.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-ups' listener is only given the steps it counts ({@link RecordingCaseEvents#COUNTED}, checked as the event
 * is published): for every status of every workflow in the catalogue, a step to it gets an outbox entry for the
 * listener exactly when {@link RecordingCaseEvents#outcome} names an outcome for it; an appeal always gets one, and a
 * step that stays where it was never does. Each event is published in a transaction that is rolled back, so no
 * listener runs and no figure moves.
 */
@NafithaTest
class CountedStepsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalogue catalogue;

    @Test
    void aStepGetsAnEntryForTheRollUpsExactlyWhenItIsAnOutcomeOrAnAppeal() {
        var statuses = new TreeSet<String>();
        catalogue.all().forEach(service -> statuses.addAll(service.workflow().states()));
        // statuses a case reaches outside its service's workflow: withdrawn, waiting for and missing its fee, delivery
        statuses.addAll(List.of("WITHDRAWN", "AWAITING_PAYMENT", "PAYMENT_EXPIRED", "READY_FOR_PICKUP",
                "OUT_FOR_DELIVERY"));
        assertThat(statuses).contains("APPROVED", "REJECTED", "WITHDRAWN", "SUBMITTED");
        for (var status : statuses) {
            assertThat(entered("decide", "SUBMITTED", status)).as("a step to " + status)
                    .isEqualTo(!status.equals("SUBMITTED") && RecordingCaseEvents.outcome(status).isPresent());
            assertThat(entered("decide", status, status)).as("a step that stays at " + status).isFalse();
        }
        assertThat(entered("appealed", "REJECTED", "REJECTED")).as("an appeal of a refused case").isTrue();
    }

    /** Whether publishing the step wrote an outbox entry for the roll-ups' listener of status changes. */
    private boolean entered(String action, String from, String to) {
        var reference = CaseReference.of("CNT", 2031, ThreadLocalRandom.current().nextLong(1, 9_999_999));
        var event = new CaseStatusChanged(reference, "passport-renewal", "1000000008", action, from, to, "OFFICER",
                action.equals("appealed") ? "CNT-2031-0000001-0" : null, Instant.now());
        var entered = transactions.execute(status -> {
            events.publishEvent(event);
            status.setRollbackOnly();
            return jdbc.sql("""
                            SELECT COUNT(*) FROM event_publication
                            WHERE listener_id LIKE '%RecordingCaseEvents%' AND serialized_event LIKE :reference""")
                    .param("reference", "%" + reference.value() + "%").query(Long.class).single();
        });
        return entered != null && entered > 0;
    }
}
