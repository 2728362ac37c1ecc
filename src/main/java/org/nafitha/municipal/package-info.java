/**
 * The joint municipal platform: governorates, districts, municipalities and mukhtar seats (reference
 * data), the registration of their officials and mukhtars (verified by the ministry before any
 * account exists), the staff each municipality has, and the register of beneficiaries across all
 * municipalities, each new one matched against the whole register (national ID, else Arabic names).
 */
@NullMarked
@ApplicationModule(displayName = "Municipal", allowedDependencies = {"errors", "country", "documents", "identity", "issuance", "messaging", "operations", "transparency"})
package org.nafitha.municipal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
