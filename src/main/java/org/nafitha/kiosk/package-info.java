/**
 * Kiosk: the self-service screens at service centres — sign-in with the national ID card and an
 * SMS code, the catalogue's kiosk services, a printed receipt — on pages nobody can leave and that
 * sign the person out after a minute without a touch.
 */
@NullMarked
@ApplicationModule(displayName = "Kiosk", allowedDependencies = {"identity", "catalogue", "cases", "country"})
package org.nafitha.kiosk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
