package org.nafitha.analytics;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Analytics.
 *
 * @param costPerTransaction what one transaction costs the ministry on each channel ({@code ONLINE},
 *                           {@code RECEPTION}, {@code CALL_CENTRE}), in the country's currency: the
 *                           cost table the cost per transaction is computed from
 * @param suppressBelow      published figures (the public page, open data) never show a count below
 *                           this, nor a figure resting on fewer cases: "fewer than 10" instead
 * @param reportAt           the hour, in the country's time zone, from which the day before's report
 *                           is sent to leadership
 * @param coarseDepartments  departments whose figures open data publishes more coarsely (police and
 *                           prisons): the department's monthly total only, never service by service, and
 *                           rounded to {@code coarseRounding}
 * @param coarseRounding     the multiple those totals are rounded to
 */
@ConfigurationProperties("nafitha.analytics")
public record AnalyticsProperties(@Nullable Map<String, BigDecimal> costPerTransaction,
                                  @DefaultValue("10") int suppressBelow,
                                  @DefaultValue("07:00") LocalTime reportAt,
                                  @DefaultValue({"police", "prisons"}) Set<String> coarseDepartments,
                                  @DefaultValue("10") int coarseRounding) {

    public AnalyticsProperties {
        costPerTransaction = costPerTransaction == null ? Map.of() : Map.copyOf(costPerTransaction);
        coarseDepartments = Set.copyOf(coarseDepartments);
        if (coarseRounding < 1) throw new IllegalArgumentException("nafitha.analytics.coarse-rounding must be at least 1");
    }

    /** The cost of one transaction on a channel; null when the table has no figure for it. */
    public @Nullable BigDecimal costOn(String channel) {
        return costPerTransaction.get(channel);
    }
}
