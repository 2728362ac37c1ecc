package org.nafitha.country;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** Mobile numbers as people write them at home, stored in international (E.164) form. */
@Component
public class PhoneNumbers {

    private final CountryProperties.PhoneFormat format;
    private final Pattern local;

    public PhoneNumbers(CountryProperties country) {
        this.format = country.phone();
        this.local = Pattern.compile(format.localPattern());
    }

    /** {@code 0501234567}, {@code ٠٥٠١٢٣٤٥٦٧}, {@code +966501234567} → {@code +966501234567}. */
    public Optional<String> normalise(String raw) {
        var digits = ArabicDigits.digitsOnly(raw == null ? "" : raw);
        if (digits.startsWith("+" + format.countryCode()) && format.trunkPrefix().isEmpty()) {
            digits = digits.substring(format.countryCode().length() + 1);
        } else if (digits.startsWith("00" + format.countryCode()) && format.trunkPrefix().isEmpty()) {
            digits = digits.substring(format.countryCode().length() + 2);
        } else if (digits.startsWith("+" + format.countryCode())) {
            digits = format.trunkPrefix() + digits.substring(format.countryCode().length() + 1);
        } else if (digits.startsWith("00" + format.countryCode())) {
            digits = format.trunkPrefix() + digits.substring(format.countryCode().length() + 2);
        }
        if (!local.matcher(digits).matches()) return Optional.empty();
        var national = !format.trunkPrefix().isEmpty() && digits.startsWith(format.trunkPrefix())
                ? digits.substring(format.trunkPrefix().length()) : digits;
        return Optional.of("+" + format.countryCode() + national);
    }
}
