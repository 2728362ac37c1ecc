package org.nafitha.analytics.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The key figures, with the backlog at the period's end, the appeals lodged in it, and what other modules
 * measure for it: {@code appointments} (booked, cancelled, noShowRate, medianWait and p90Wait in minutes)
 * and {@code notifications} (sent and arrived share by channel, for every service).
 */
record Kpis(@JsonUnwrapped KeyFigures.Figures figures, KeyFigures.Backlog backlog, KeyFigures.Appeals appeals,
            Map<String, Map<String, @Nullable Double>> elsewhere) {

    static Kpis of(KeyFigures figures, KeyFigures.Filter filter) {
        var elsewhere = new LinkedHashMap<String, Map<String, @Nullable Double>>();
        for (var section : figures.elsewhere(filter)) {
            var values = new LinkedHashMap<String, @Nullable Double>();
            section.figures().forEach(f -> values.put(f.key(), f.value()));
            elsewhere.put(section.key().replaceFirst("\\.figures$", ""), values);
        }
        return new Kpis(figures.of(filter), figures.backlog(filter), figures.appeals(filter), elsewhere);
    }
}
