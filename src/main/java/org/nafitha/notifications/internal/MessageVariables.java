package org.nafitha.notifications.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Contacts;
import org.springframework.stereotype.Component;

/**
 * The values a template's variables take for one reader: names and service in their language,
 * dates in Gregorian and Hijri (Umm al-Qura) with the weekday, digits as the country writes them.
 */
@Component
public class MessageVariables {

    private final Catalogue catalogue;
    private final Calendars calendars;

    MessageVariables(Catalogue catalogue, Calendars calendars) {
        this.catalogue = catalogue;
        this.calendars = calendars;
    }

    public Map<String, String> of(Locale locale, Contacts.@Nullable Contact reader, String reference,
                                  @Nullable String serviceCode, Instant at, Map<String, String> extra) {
        var values = new HashMap<String, String>();
        values.put("name", reader == null ? "" : "ar".equals(locale.getLanguage()) ? reader.nameAr() : reader.nameEn());
        values.put("reference", reference);
        values.put("service", serviceCode == null ? ""
                : catalogue.find(serviceCode).map(s -> s.name().in(locale)).orElse(serviceCode));
        values.putAll(dates("", at, locale));
        values.putAll(extra);
        return values;
    }

    /** date, hijriDate, weekday and time of an instant, each name prefixed (e.g. "appointment"). */
    public Map<String, String> dates(String prefix, Instant at, Locale locale) {
        var zoned = at.atZone(calendars.zone());
        return Map.of(
                name(prefix, "date"), calendars.digits(format(zoned, "d MMMM yyyy", locale), locale),
                name(prefix, "hijriDate"), calendars.digits(hijri(zoned, locale), locale),
                name(prefix, "weekday"), format(zoned, "EEEE", locale),
                name(prefix, "time"), calendars.digits(format(zoned, "HH:mm", locale), locale));
    }

    /** A whole number in the reader's digits (Arabic-Indic where the profile says so). */
    public String number(long value, Locale locale) {
        return calendars.digits(Long.toString(value), locale);
    }

    /** Empty outside the Umm al-Qura tables (1882–2174): the message then says the Gregorian date alone. */
    private static String hijri(ZonedDateTime zoned, Locale locale) {
        HijrahDate date;
        try {
            date = HijrahDate.from(zoned.toLocalDate());
        } catch (DateTimeException outsideUmmAlQura) {
            return "";
        }
        var text = Calendars.pattern("d MMMM y", locale).withChronology(HijrahChronology.INSTANCE).format(date);
        return text + ("ar".equals(locale.getLanguage()) ? " هـ" : " AH");
    }

    private static String format(ZonedDateTime zoned, String pattern, Locale locale) {
        return Calendars.pattern(pattern, locale).format(zoned);
    }

    private static String name(String prefix, String variable) {
        return prefix.isEmpty() ? variable : prefix + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    }
}
