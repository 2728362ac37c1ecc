/**
 * Registers: the data the ministry already holds (civil register, residency register), read so
 * that no form asks a person again for what the state knows ("once only").
 */
@NullMarked
@ApplicationModule(displayName = "Registers", allowedDependencies = "country")
package org.nafitha.registers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
