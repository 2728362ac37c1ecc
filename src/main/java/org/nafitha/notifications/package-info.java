/**
 * Notifications: tells people what happened to their cases — in the in-app inbox, by SMS and by
 * e-mail, in their language, from templates admins edit. Listens to case events through the event
 * publication registry and writes each message in the listener's transaction with a dedupe key;
 * a cluster-safe sender hands them to the messaging module's gateways.
 */
@NullMarked
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"errors", "cases", "appointments", "catalogue", "identity", "country", "messaging", "contactcentre", "payments", "issuance", "detention", "analytics", "municipal", "meetings"})
package org.nafitha.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
