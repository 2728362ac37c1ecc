package org.nafitha.payments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A day's reconciliation: how much matched, and each difference for finance to work. */
public record Reconciliation(UUID id, LocalDate day, int matched, long matchedMinor, List<Difference> differences) {

    public enum Kind {
        /** The gateway settled money we have no paid charge for. */
        MISSING_OURS,
        /** We hold a charge paid that day that the gateway did not settle. */
        MISSING_GATEWAY,
        /** Both have it, with other amounts or currencies. */
        AMOUNT_MISMATCH
    }

    public record Difference(UUID id, Kind kind, String chargeReference, @Nullable String gatewayReference,
                             @Nullable Long oursMinor, @Nullable Long gatewayMinor, String currency,
                             @Nullable String closedBy, @Nullable String note) {

        public @Nullable BigDecimal oursAmount() {
            return amount(oursMinor);
        }

        public @Nullable BigDecimal gatewayAmount() {
            return amount(gatewayMinor);
        }

        private @Nullable BigDecimal amount(@Nullable Long minor) {
            return minor == null ? null : BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
        }
    }

    public Reconciliation {
        differences = List.copyOf(differences);
    }
}
