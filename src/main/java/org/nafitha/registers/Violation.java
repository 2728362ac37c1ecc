package org.nafitha.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.nafitha.country.NationalId;

/** A traffic violation recorded against a person (and the vehicle's plate). */
public record Violation(String number, NationalId holder, String plateLatin, LocalDate committedOn,
                        String placeAr, String placeEn, String kindAr, String kindEn, BigDecimal amount,
                        boolean paid) {

    public String place(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? placeAr : placeEn;
    }

    public String kind(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? kindAr : kindEn;
    }
}
