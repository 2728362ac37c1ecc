package org.nafitha.analytics;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Analytics.
 *
 * @param costPerTransaction what one transaction costs the ministry on each channel ({@code ONLINE},
 *                           {@code RECEPTION}, {@code CALL_CENTRE}), in the country's currency: the
 *                           cost table the cost per transaction is computed from
 */
@ConfigurationProperties("nafitha.analytics")
public record AnalyticsProperties(@Nullable Map<String, BigDecimal> costPerTransaction) {

    public AnalyticsProperties {
        costPerTransaction = costPerTransaction == null ? Map.of() : Map.copyOf(costPerTransaction);
    }

    /** The cost of one transaction on a channel; null when the table has no figure for it. */
    public @Nullable BigDecimal costOn(String channel) {
        return costPerTransaction.get(channel);
    }
}
