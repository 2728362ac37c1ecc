package org.nafitha.registers;

import java.util.Optional;

import org.nafitha.country.NationalId;

/**
 * The driving-licence register. The bundled adapter reads {@code driving_licence_register}; a
 * deployment connected to the national traffic system provides its own bean of this type, marked {@code @Primary}.
 */
public interface DrivingLicenceRegister {

    /** The person's licence: the one that runs longest, if several were ever issued. */
    Optional<DrivingLicence> heldBy(NationalId holder);
}
