package org.nafitha.payments.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;

/** The refund form as typed; kept whole when it is refused. */
record RefundForm(@Nullable String chargeId, @Nullable String amount, @Nullable String reason) {

    /** A positive amount as typed, in Latin, Arabic-Indic or Persian digits; null when it is not one. */
    @Nullable BigDecimal typedAmount() {
        if (amount == null || amount.isBlank() || amount.length() > 20) return null;
        try {
            var value = new BigDecimal(ArabicDigits.toLatin(amount.strip()).replace('٫', '.'));
            return value.signum() > 0 ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
