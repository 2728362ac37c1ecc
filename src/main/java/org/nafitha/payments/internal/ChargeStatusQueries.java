package org.nafitha.payments.internal;

import java.time.Clock;

import org.nafitha.payments.PaymentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Asks the gateway about charges it has said nothing of for a while (a lost notification, a start
 * whose answer never came). Every node runs it; each query is claimed with a conditional update
 * (as the service-level clock claims escalations), so one node asks about a charge per round, and
 * what it learns goes through the same transition table as a notification. A charge the gateway
 * never heard of, or still calls pending past its expiry, expires: it was never paid, and its dues
 * may be paid again.
 */
@Service
public class ChargeStatusQueries {

    private static final Logger log = LoggerFactory.getLogger(ChargeStatusQueries.class);

    private final Charges charges;
    private final SilentCharges silent;
    private final PaymentGateway gateway;
    private final ConfirmingCharges confirming;
    private final PaymentsProperties properties;
    private final Clock clock;

    ChargeStatusQueries(Charges charges, SilentCharges silent, PaymentGateway gateway, ConfirmingCharges confirming,
                        PaymentsProperties properties, Clock clock) {
        this.charges = charges;
        this.silent = silent;
        this.gateway = gateway;
        this.confirming = confirming;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nafitha.payments.query-every:1m}", initialDelayString = "30s")
    void onSchedule() {
        queryQuietCharges();
    }

    /** Returns how many charges this node settled in this round. */
    public int queryQuietCharges() {
        var now = clock.instant();
        var before = now.minus(properties.queryAfter());
        int settled = 0;
        for (var id : silent.since(before, 100)) {
            if (!silent.claimQuery(id, before, now)) continue;
            try {
                var report = gateway.query(id);
                var charge = charges.find(id).orElseThrow();
                var expired = now.isAfter(charge.expiresAt());
                if (report.isPresent() && report.get().outcome() != PaymentGateway.Outcome.PENDING) {
                    if (confirming.apply(report.get(), "status query") == ConfirmingCharges.Applied.MOVED) settled++;
                } else if (expired && confirming.expire(id, "status query")) {
                    settled++;
                }
            } catch (PaymentGateway.GatewayUnavailable unknown) {
                // Nothing is decided on an unanswered query: the next round asks again.
                log.warn("Status of charge {} unknown: {}", id, unknown.getMessage());
            }
        }
        return settled;
    }
}
