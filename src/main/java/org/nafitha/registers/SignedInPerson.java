package org.nafitha.registers;

import java.util.Optional;

import org.nafitha.country.NationalId;

/**
 * Whose records a page shows: the national ID of the person signed in, if any. Identity knows
 * who is signed in and provides this; registers cannot depend on identity, which reads the
 * civil register.
 */
public interface SignedInPerson {

    Optional<NationalId> nationalId();
}
