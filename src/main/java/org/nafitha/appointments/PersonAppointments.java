package org.nafitha.appointments;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A person's coming appointments, for another module's page (the portal's dashboard). */
public interface PersonAppointments {

    record Coming(String code, String serviceCode, String officeNameAr, String officeNameEn, Instant startsAt,
                  String status) {
        public String officeName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? officeNameEn : officeNameAr;
        }
    }

    /** Booked or checked-in visits that have not ended yet, the nearest first. */
    List<Coming> coming(String nationalId);
}
