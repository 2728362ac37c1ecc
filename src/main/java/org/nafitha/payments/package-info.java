/**
 * Payments: what a person owes (service fees as itemised lines, traffic fines), charges through a
 * payment gateway that pay each due once whatever the retries, the gateway's signed notifications
 * and status queries, and the gateway simulator of the demo profile and the tests.
 */
@NullMarked
@ApplicationModule(displayName = "Payments",
        allowedDependencies = {"errors", "cases", "catalogue", "country", "identity", "issuance", "registers", "transparency"})
package org.nafitha.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
