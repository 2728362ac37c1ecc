/**
 * Country profiles: the national-ID format, phone numbers, calendar, digits and currency of the
 * ministry that runs Nafitha. Everything country-specific is configuration read here.
 */
@NullMarked
@ApplicationModule(displayName = "Country profile")
package org.nafitha.country;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
