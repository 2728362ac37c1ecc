package org.nafitha.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the case engine.
 *
 * @param awaitPayment a case of a service with a fee waits in {@code AWAITING_PAYMENT}, unseen by the
 *                     department and with its service-level clock stopped, until the payments module
 *                     reports the fee paid ({@link PaymentHolds})
 * @param paymentWait  how long a case waits for its fee before it expires ({@code PAYMENT_EXPIRED}) and
 *                     the applicant is told
 * @param requirePaidFines a service marked {@code requiresNoUnpaidFines} refuses to open a case while the
 *                     applicant owes a traffic fine in the violations register
 */
@ConfigurationProperties("nafitha.cases")
public record CasesProperties(boolean awaitPayment, @DefaultValue("14d") Duration paymentWait,
                              boolean requirePaidFines) {
}
