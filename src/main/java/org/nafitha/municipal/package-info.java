/**
 * The joint municipal platform: governorates, districts, municipalities and mukhtar seats (reference
 * data), the staff each municipality has, and the register of beneficiaries across all
 * municipalities, each new one matched against the whole register (national ID, else Arabic names).
 */
@NullMarked
@ApplicationModule(displayName = "Municipal", allowedDependencies = {"country", "identity", "transparency"})
package org.nafitha.municipal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
