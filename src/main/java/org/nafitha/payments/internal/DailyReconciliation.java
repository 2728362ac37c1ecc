package org.nafitha.payments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.nafitha.country.CountryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Each morning, yesterday's settlement file is fetched from the gateway and reconciled. Every node
 * runs the timer; the day's run row lets one of them do it. A failed fetch leaves the day
 * unreconciled (finance can run it from the API) and is logged.
 */
@Service
public class DailyReconciliation {

    private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

    private final PaymentGateway gateway;
    private final Reconciling reconciling;
    private final Reconciliations reconciliations;
    private final CountryProperties country;
    private final Clock clock;

    DailyReconciliation(PaymentGateway gateway, Reconciling reconciling, Reconciliations reconciliations,
                        CountryProperties country, Clock clock) {
        this.gateway = gateway;
        this.reconciling = reconciling;
        this.reconciliations = reconciliations;
        this.country = country;
        this.clock = clock;
    }

    @Scheduled(cron = "${nafitha.payments.reconcile-cron:0 30 6 * * *}", zone = "${nafitha.country.zone:Asia/Riyadh}")
    void onSchedule() {
        var yesterday = LocalDate.now(clock.withZone(country.zone())).minusDays(1);
        try {
            reconcileFromGateway(yesterday);
        } catch (PaymentGateway.GatewayUnavailable | SettlementFile.Unreadable failed) {
            log.warn("Settlement of {} not reconciled: {}", yesterday, failed.getMessage());
        }
    }

    /** Empty when the day was reconciled already. */
    public Optional<Reconciliation> reconcileFromGateway(LocalDate day) {
        if (reconciliations.find(day).isPresent()) return Optional.empty();
        return gateway.settlement(day, in -> reconciling.reconcile(day, in));
    }
}
