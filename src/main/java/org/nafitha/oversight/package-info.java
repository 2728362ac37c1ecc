/**
 * Oversight: the inspectors' side of the verifiable log — search and case replay, exports for the
 * offline verifier, anomaly rules with their alerts, and the simulation that measures the rules.
 */
@NullMarked
@ApplicationModule(displayName = "Oversight", allowedDependencies = {"identity", "transparency", "country"})
package org.nafitha.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
