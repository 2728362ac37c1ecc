package org.nafitha.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Figures a module keeps in its own tables and gives the dashboard and the key-figures API for a
 * period, as a section of its own beside the figures drawn from the case events: the appointments'
 * no-shows and waiting, the notifications' delivery. A module implements it as a bean; analytics never
 * reads another module's tables, and the modules depend on analytics, not the other way round.
 */
public interface FiguresFromElsewhere {

    /**
     * @param from       the period's first instant (inclusive)
     * @param to         the period's end (exclusive)
     * @param service    a service code, or null for all
     * @param department a department, or null for all
     * @param office     an office's code, or null for all (a section with no offices ignores it)
     */
    Section figures(Instant from, Instant to, @Nullable String service, @Nullable String department,
                    @Nullable String office);

    /** The offices this section can be filtered by, code to name in the reader's language; none by default. */
    default Map<String, String> offices(Locale locale) {
        return Map.of();
    }

    enum Unit { COUNT, SHARE, MINUTES }

    /** @param value null when there is nothing to measure (a share of nothing) */
    record Figure(String key, Unit unit, @Nullable Double value) {
    }

    /**
     * @param key      the section's message key: its title is {@code key + ".title"}, each figure's label
     *                 {@code key + "." + figure key}
     * @param filtered whether the service and department filters apply (otherwise the figures are for all)
     */
    record Section(String key, List<Figure> figures, boolean filtered) {
    }
}
