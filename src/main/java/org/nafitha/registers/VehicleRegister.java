package org.nafitha.registers;

import java.util.List;
import java.util.Optional;

import org.nafitha.country.NationalId;

/**
 * The vehicle register. The bundled adapter reads the {@code vehicle_register} table; a
 * deployment connected to the national traffic system provides its own bean of this type, marked {@code @Primary}.
 */
public interface VehicleRegister {

    /** The vehicles registered to a person, the one whose registration ends first first. */
    List<Vehicle> ownedBy(NationalId owner);

    /** A vehicle by its plate, in Latin letters with or without the space ({@code 4821 RSD}, {@code 4821RSD}). */
    Optional<Vehicle> byPlate(String plateLatin);
}
