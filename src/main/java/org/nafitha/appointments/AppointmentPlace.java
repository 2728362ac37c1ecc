package org.nafitha.appointments;

import java.util.Locale;

/** Where an appointment is, in both languages, as messages name it. */
public record AppointmentPlace(String officeId, String nameAr, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
