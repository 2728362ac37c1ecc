package org.nafitha.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.nafitha.country.NationalId;

/**
 * A driving licence.
 *
 * @param kinds what it allows driving, with the codes the traffic services use:
 *              {@code private}, {@code public}, {@code motorcycle}
 */
public record DrivingLicence(String number, NationalId holder, List<String> kinds, LocalDate issuedOn,
                             LocalDate expiresOn) {

    public DrivingLicence {
        kinds = List.copyOf(kinds);
    }

    public boolean validOn(LocalDate day) {
        return !expiresOn.isBefore(day);
    }

    /** The kinds in the reader's language, e.g. "خاصة، دراجة نارية". */
    public String kindNames(Locale locale) {
        var arabic = "ar".equals(locale.getLanguage());
        return String.join(arabic ? "، " : ", ", kinds.stream().map(k -> kindName(k, arabic)).toList());
    }

    private static String kindName(String kind, boolean arabic) {
        return switch (kind) {
            case "private" -> arabic ? "خاصة" : "Private";
            case "public" -> arabic ? "عمومية" : "Public";
            case "motorcycle" -> arabic ? "دراجة نارية" : "Motorcycle";
            default -> kind;
        };
    }
}
