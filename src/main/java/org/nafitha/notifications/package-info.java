/**
 * Notifications: tells people what happened to their cases. Today the in-app inbox; SMS over
 * SMPP and e-mail join it. Listens to case events through the event publication registry, so a
 * notification is never lost when the case changed, and never duplicated when an event is retried.
 */
@NullMarked
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"cases", "catalogue", "identity"})
package org.nafitha.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
