package org.nafitha.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.nafitha.cases.CaseSubmitted;
import org.nafitha.catalogue.Catalogue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The case figures Prometheus reads: {@code nafitha_cases_submitted_total} by channel (this node's
 * acknowledged submissions, counted once the transaction commits — sum over nodes) and
 * {@code nafitha_cases_open} by department and state (the queues' depth, the same on every node —
 * take the max over nodes). The depth is one grouped count over the queue index, refreshed by each
 * node every half minute rather than at every scrape.
 */
@Component
class CaseMetrics {

    private final MeterRegistry registry;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final MultiGauge open;
    private final Map<String, Counter> submitted = new HashMap<>();

    CaseMetrics(MeterRegistry registry, Catalogue catalogue, JdbcClient jdbc) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.open = MultiGauge.builder("nafitha.cases.open")
                .description("Cases waiting in a department's queues, by state").register(registry);
    }

    /** Counted after commit: a submission rolled back was never acknowledged. Not a module listener: no outbox row. */
    @EventListener
    void on(CaseSubmitted submitted) {
        var counter = counter(submitted.channel().name());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    private synchronized Counter counter(String channel) {
        return submitted.computeIfAbsent(channel, c -> Counter.builder("nafitha.cases.submitted")
                .description("Submissions acknowledged by this node").tag("channel", c).register(registry));
    }

    @Scheduled(fixedDelayString = "${nafitha.cases.metrics-every:30s}", initialDelayString = "${nafitha.cases.metrics-every:30s}")
    void refresh() {
        var rows = new ArrayList<MultiGauge.Row<?>>();
        openStates().forEach((department, states) -> jdbc.sql("""
                        SELECT status, COUNT(*) FROM cases WHERE department = :department AND status IN (:states)
                        GROUP BY status""")
                .param("department", department).param("states", states)
                .query((rs, n) -> MultiGauge.Row.of(Tags.of("department", department, "state", rs.getString(1)),
                        rs.getLong(2)))
                .list().forEach(rows::add));
        open.register(rows, true);
    }

    /** Each department's open states (the head's team view uses the same rule: {@link StaffQueues#openStates}). */
    Map<String, List<String>> openStates() {
        Map<String, List<String>> open = new HashMap<>();
        catalogue.all().stream().map(s -> s.department()).distinct()
                .forEach(department -> open.put(department, List.copyOf(StaffQueues.openStates(catalogue, department))));
        return open;
    }
}
