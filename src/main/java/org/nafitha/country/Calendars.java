package org.nafitha.country;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Dates as the country reads them: Gregorian and Hijri (Umm al-Qura, the JDK's
 * {@link HijrahChronology}) side by side, in the reader's language and digits.
 */
@Component("calendars")
public class Calendars {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    /** The Hijri date's long formatter of each language, made once, as the patterns' are. */
    private static final Map<Locale, DateTimeFormatter> HIJRI = new ConcurrentHashMap<>();

    private final CountryProperties country;

    public Calendars(CountryProperties country) {
        this.country = country;
    }

    public ZoneId zone() {
        return country.zone();
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(country.zone()));
    }

    /** "الاثنين ٢٣ نوفمبر ٢٠٢٦ م — ٢ جمادى الآخرة ١٤٤٨ هـ، ٠٣:١٥". */
    public String dateTime(Instant at, Locale locale) {
        var zoned = at.atZone(country.zone());
        var time = pattern("HH:mm", locale).format(zoned);
        return digits(date(zoned.toLocalDate(), locale) + "، " + time, locale);
    }

    /**
     * The day in both calendars; Gregorian alone outside the Umm al-Qura tables the JDK holds (1300–1600 AH,
     * 1882–2174), e.g. an archived deed of 1875, rather than no page at all.
     */
    public String date(LocalDate date, Locale locale) {
        var gregorian = pattern("EEEE d MMMM yyyy", locale).format(date);
        var hijri = hijri(date, locale);
        if (hijri.isEmpty()) return digits(gregorian, locale);
        var suffix = isArabic(locale) ? " م — " : " — ";
        return digits(gregorian + suffix + hijri.get(), locale);
    }

    /**
     * The formatter of a pattern in a language. Formatters are immutable: each pattern is read once per language,
     * not once per text (notifications' date texts, each built with formatters made afresh, were a tenth of the
     * listeners' samples in a flight recording of {@code bench/run casework}).
     */
    public static DateTimeFormatter pattern(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(pattern + '|' + locale.toLanguageTag(), key -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** The Hijri (Umm al-Qura) date in words, or empty outside the years its tables cover. */
    public static Optional<String> hijri(LocalDate date, Locale locale) {
        HijrahDate hijrah;
        try {
            hijrah = HijrahDate.from(date);
        } catch (DateTimeException outsideUmmAlQura) {
            return Optional.empty();
        }
        return Optional.of(HIJRI.computeIfAbsent(locale, language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language).withChronology(HijrahChronology.INSTANCE)).format(hijrah));
    }

    public String digits(String text, Locale locale) {
        return isArabic(locale) && country.digits() == CountryProperties.DigitStyle.ARABIC_INDIC
                ? ArabicDigits.toArabicIndic(ArabicDigits.toLatin(text))
                : ArabicDigits.toLatin(text);
    }

    public String money(BigDecimal amount, Locale locale) {
        var language = locale.getLanguage();
        if (!"ar".equals(language) && !"en".equals(language)) {
            // a residents' language: ICU writes the amount as that language does (separators, digits, symbol)
            var format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
            format.setCurrency(com.ibm.icu.util.Currency.getInstance(country.currency())); // Currency alone is java.util's here
            if (amount.stripTrailingZeros().scale() <= 0) format.setMaximumFractionDigits(0);
            return format.format(amount);
        }
        var currency = Currency.getInstance(country.currency());
        return digits(amount.stripTrailingZeros().toPlainString() + " " + currency.getSymbol(locale), locale);
    }

    private static boolean isArabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
