package org.nafitha.country;

/**
 * A national ID or residence number that passed the country profile's format and check digit.
 * Obtain one through {@link NationalIds#check(String)}; the constructor only guards its shape.
 */
public record NationalId(String value) {

    public NationalId {
        if (value == null || !value.matches("\\d{4,20}")) {
            throw new IllegalArgumentException("A national ID is digits only");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
