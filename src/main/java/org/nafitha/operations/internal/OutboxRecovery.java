package org.nafitha.operations.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the outbox's unfinished events to their listeners again — the work a node that died or
 * failed half-way left behind — from a timer on every node, instead of at start-up.
 *
 * <p>Republishing at start-up ({@code republish-outstanding-events-on-restart}) made each node that
 * restarted in a cluster resubmit the whole cluster's backlog on its main thread before it could
 * answer: one node of ops/drills/rolling-restart took five minutes to start behind 8,000 submissions'
 * events. Here each node looks every {@code every} for events unfinished for longer than
 * {@code older-than}; each resubmission claims its event with a conditional update (Spring Modulith
 * marks it RESUBMITTED unless it already is), so of several nodes only one runs it. An event its
 * listener is still working on is unfinished too, and handed out again once older than
 * {@code older-than}: listeners are idempotent, as at-least-once delivery requires. A listener's
 * COMPLETED commits with its work ({@link ListenerTransactionRegistry}), so an event whose listener's
 * work committed is never handed out again for want of its mark.
 *
 * <p>{@code nafitha.operations.outbox.recovery=false} stops the timer: the test suite keeps many
 * application contexts alive on one database, and each would take every other context's leftovers.
 */
@Component
class OutboxRecovery {

    private static final Logger log = LoggerFactory.getLogger(OutboxRecovery.class);
    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;
    private final boolean onTimer;

    OutboxRecovery(IncompleteEventPublications incomplete,
                   @Value("${nafitha.operations.outbox.older-than:5m}") Duration olderThan,
                   @Value("${nafitha.operations.outbox.recovery:true}") boolean onTimer) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
        this.onTimer = onTimer;
    }

    @Scheduled(fixedDelayString = "${nafitha.operations.outbox.every:1m}",
            initialDelayString = "${nafitha.operations.outbox.every:1m}")
    void onTimer() {
        if (onTimer) resubmit();
    }

    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("could not resubmit the outbox's unfinished events: {}", e.toString());
        }
    }
}
