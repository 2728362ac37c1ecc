/**
 * Identity: people and staff accounts, sign-in (form and API tokens), throttling, roles and
 * departments. Other modules see who is acting through {@link org.nafitha.identity.Actor}.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = {"errors", "country", "transparency", "registers", "messaging", "catalogue"})
package org.nafitha.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
