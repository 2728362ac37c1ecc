/**
 * Registers: the data the ministry already holds (civil and residency registers, vehicles,
 * driving licences, traffic violations), read so that no form asks a person again for what the
 * state knows ("once only"). Each register is one public type; the bundled adapters read tables
 * kept in step with the national systems, and a deployment connected to those systems provides
 * its own bean ({@code @Primary}) instead. {@link org.nafitha.registers.Prefill} resolves the catalogue's prefill
 * sources ({@code licence.number}, {@code vehicle.plate}, ...) from whichever register holds them.
 */
@NullMarked
@ApplicationModule(displayName = "Registers", allowedDependencies = "country")
package org.nafitha.registers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
