package org.nafitha.country;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The active country profile. Defaults describe Saudi Arabia ({@code sa}); another ministry
 * overrides these keys (see {@code application.yml}) instead of changing code.
 */
@ConfigurationProperties("nafitha.country")
public record CountryProperties(
        String code,
        String currency,
        ZoneId zone,
        DigitStyle digits,
        NationalIdFormat nationalId,
        PhoneFormat phone) {

    public CountryProperties {
        if (code == null) code = "sa";
        if (currency == null) currency = "SAR";
        if (zone == null) zone = ZoneId.of("Asia/Riyadh");
        if (digits == null) digits = DigitStyle.ARABIC_INDIC;
        if (nationalId == null) nationalId = new NationalIdFormat(10, CheckDigit.LUHN, List.of("1"), List.of("2"));
        if (phone == null) phone = new PhoneFormat("966", "05\\d{8}", "0");
    }

    /** How numbers are shown to Arabic readers; input always accepts both. */
    public enum DigitStyle { LATIN, ARABIC_INDIC }

    /**
     * How the country's numbers are checked beyond their length: LUHN (Saudi Arabia: a Luhn check
     * digit), EGYPT (century digit, a real birth date and a governorate code), QATAR (century digit;
     * the country code 634 marks citizens), NONE (length only).
     */
    public enum CheckDigit { NONE, LUHN, EGYPT, QATAR }

    /**
     * @param citizenPrefixes  leading digits of citizens' numbers
     * @param residentPrefixes leading digits of residence (iqama) numbers
     */
    public record NationalIdFormat(int length, CheckDigit checkDigit,
                                   List<String> citizenPrefixes, List<String> residentPrefixes) {
    }

    /**
     * @param countryCode  international dialling code without "+"
     * @param localPattern a mobile number as people write it at home
     * @param trunkPrefix  the leading digit dropped when writing the international form
     */
    public record PhoneFormat(String countryCode, String localPattern, String trunkPrefix) {
    }
}
