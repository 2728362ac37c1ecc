/**
 * Transparency: the append-only audit trail of every state change, decision, sign-in and staff
 * look at personal data. Other modules call {@link org.nafitha.transparency.AuditTrail} inside
 * their own transaction, so an entry exists exactly when the change does.
 */
@NullMarked
@ApplicationModule(displayName = "Transparency")
package org.nafitha.transparency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
