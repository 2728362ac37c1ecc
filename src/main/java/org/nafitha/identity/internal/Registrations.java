package org.nafitha.identity.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalIds;
import org.nafitha.country.PhoneNumbers;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TextMessage;
import org.nafitha.registers.CivilRegister;
import org.springframework.stereotype.Service;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nafitha.country.ArabicDigits;

/**
 * Self-registration: the ID and date of birth must match the civil register, the mobile number
 * is proven by an SMS code, then a password is chosen ({@link CompletingRegistrations}). Nothing here tells a stranger whether an
 * ID exists or already has an account: a mismatch and an unknown ID get the same answer, and an
 * existing account's owner is warned by SMS while the stranger waits for a code that never comes.
 */
@Service
public class Registrations {

    static final String PURPOSE = "register";

    private final NationalIds nationalIds;
    private final PhoneNumbers phones;
    private final CivilRegister register;
    private final Accounts accounts;
    private final OneTimeCodes codes;
    private final SmsGateway sms;

    Registrations(NationalIds nationalIds, PhoneNumbers phones, CivilRegister register, Accounts accounts,
                  OneTimeCodes codes, SmsGateway sms) {
        this.nationalIds = nationalIds;
        this.phones = phones;
        this.register = register;
        this.accounts = accounts;
        this.codes = codes;
        this.sms = sms;
    }

    /** Kept in the session between the steps. */
    public record Draft(String nationalId, String msisdn, UUID challengeId, boolean mobileConfirmed) implements Serializable {
    }

    /** Field → message key suffix ({@code identity.register.<code>}), or the started draft. */
    public record Started(@Nullable Draft draft, Map<String, String> errors) {
    }

    public Started start(String rawId, String rawDateOfBirth, String rawMobile) {
        var errors = new LinkedHashMap<String, String>();
        var id = nationalIds.check(rawId);
        if (id instanceof NationalIds.Invalid(var problem)) errors.put("nationalId", "nationalId." + problem.name());
        LocalDate born = null;
        try {
            born = LocalDate.parse(ArabicDigits.toLatin(rawDateOfBirth).strip());
        } catch (DateTimeParseException e) {
            errors.put("dateOfBirth", "dateOfBirth.invalid");
        }
        var mobile = phones.normalise(rawMobile);
        if (mobile.isEmpty()) errors.put("mobile", "mobile.invalid");
        if (!errors.isEmpty()) return new Started(null, errors);

        var nationalId = ((NationalIds.Valid) id).id();
        var record = register.find(nationalId);
        if (record.isEmpty() || !record.get().dateOfBirth().equals(born)) {
            return new Started(null, Map.of("nationalId", "noMatch"));
        }
        var existing = accounts.findByUsername(nationalId.value());
        if (existing.isPresent()) {
            if (existing.get().mobile() != null) {
                sms.send(new TextMessage(existing.get().mobile(), nationalId.value(),
                        "نافذة: طلب أحدهم إنشاء حساب برقم هويتك، ولديك حساب قائم. إن لم تكن أنت فلا تفعل شيئًا.",
                        "register-existing"));
            }
            var decoy = codes.issueUndelivered(nationalId.value(), mobile.get(), PURPOSE);
            return new Started(new Draft(nationalId.value(), mobile.get(), decoy, false), Map.of());
        }
        var challenge = codes.issue(nationalId.value(), mobile.get(), PURPOSE);
        return new Started(new Draft(nationalId.value(), mobile.get(), challenge, false), Map.of());
    }

    /** The ID length in the reader's digits, for messages. */
    public String idLength(Locale locale) {
        var digits = String.valueOf(nationalIds.length());
        return "ar".equals(locale.getLanguage()) ? ArabicDigits.toArabicIndic(digits) : digits;
    }

    public OneTimeCodes.Check confirmMobile(Draft draft, String code) {
        return codes.verify(draft.challengeId(), code);
    }
}
