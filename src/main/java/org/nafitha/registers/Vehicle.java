package org.nafitha.registers;

import java.time.LocalDate;
import java.util.Locale;

import org.nafitha.country.NationalId;

/**
 * A vehicle as the traffic register knows it.
 *
 * @param plateLatin  the plate's digits and Latin letters, e.g. {@code 4821 RSD}
 * @param plateArabic the same plate as printed in Arabic, e.g. {@code ٤٨٢١ ر س د}
 */
public record Vehicle(String plateLatin, String plateArabic, String sequenceNumber, NationalId owner,
                      String makeAr, String makeEn, String modelAr, String modelEn, int year,
                      String colourAr, String colourEn, LocalDate registrationExpiry) {

    public String make(Locale locale) {
        return arabic(locale) ? makeAr : makeEn;
    }

    public String model(Locale locale) {
        return arabic(locale) ? modelAr : modelEn;
    }

    public String colour(Locale locale) {
        return arabic(locale) ? colourAr : colourEn;
    }

    /** "Toyota Camry 2021, white": how a reader recognises the vehicle. */
    public String description(Locale locale) {
        return make(locale) + " " + model(locale) + " " + year + (arabic(locale) ? "، " : ", ") + colour(locale);
    }

    public String plate(Locale locale) {
        return arabic(locale) ? plateArabic : plateLatin;
    }

    public boolean registrationValidOn(LocalDate day) {
        return !registrationExpiry.isBefore(day);
    }

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
