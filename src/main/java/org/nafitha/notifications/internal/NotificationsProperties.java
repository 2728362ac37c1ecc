package org.nafitha.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender.
 *
 * @param enabled     false stops this node sending (others still do); rows simply wait
 * @param batch       messages claimed per round
 * @param concurrency messages handed over in parallel within a round
 * @param lease       how long a claimed message is this node's; after that another node may take it
 * @param backoff     the wait after the first temporary failure, doubled each time up to {@code maxBackoff}
 * @param maxAttempts after this many temporary failures a message is marked failed
 * @param satisfactionAfter how long after a case ends its applicant is asked how it went (by SMS, e-mail or
 *                    push; the inbox line comes at once), so the question does not arrive beside the decision
 */
@ConfigurationProperties("nafitha.notifications")
record NotificationsProperties(Boolean enabled, Duration interval, int batch, int concurrency, Duration lease,
                               Duration backoff, Duration maxBackoff, int maxAttempts,
                               Duration satisfactionAfter) {

    NotificationsProperties {
        if (enabled == null) enabled = true;
        if (interval == null) interval = Duration.ofSeconds(1);
        if (batch <= 0) batch = 100;
        if (concurrency <= 0) concurrency = 8;
        if (lease == null) lease = Duration.ofMinutes(2);
        if (backoff == null) backoff = Duration.ofSeconds(10);
        if (maxBackoff == null) maxBackoff = Duration.ofMinutes(30);
        if (maxAttempts <= 0) maxAttempts = 12;
        if (satisfactionAfter == null) satisfactionAfter = Duration.ofHours(2);
    }

    Duration backoffAfter(int attempts) {
        var wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
