/**
 * A payment gateway simulator that behaves like a regional acquirer, served over real HTTP under
 * {@code /simulator/gateway} only where {@code nafitha.payments.simulator} is on (the demo profile
 * and the tests): a hosted card page with a 3-D Secure step, bill numbers paid at a "bank", signed
 * notifications (some lost, some duplicated, as real ones are), status queries and a camt.053
 * settlement file. The application talks to it exactly as to a real gateway.
 */
@NullMarked
package org.nafitha.payments.simulator;

import org.jspecify.annotations.NullMarked;
