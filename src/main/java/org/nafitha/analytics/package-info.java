/**
 * Analytics: the ministry's service figures (volumes, completion, time to decision, service-level
 * compliance, channel mix, cost per transaction, satisfaction) kept as daily roll-ups fed by the
 * cases module's events, and read by heads (their department) and leadership (all).
 */
@NullMarked
@ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"cases", "catalogue", "country", "errors", "identity", "issuance", "operations", "transparency"})
package org.nafitha.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
