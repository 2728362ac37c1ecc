package org.nafitha.payments.internal;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.country.CountryProperties;
import org.nafitha.country.NationalId;
import org.nafitha.payments.DueKind;
import org.nafitha.payments.Money;
import org.nafitha.registers.Violation;
import org.nafitha.registers.ViolationRegister;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What a person owes now: their open fee dues and their unpaid traffic fines. The violations
 * register is the source of fines; each unpaid one becomes a due the first time it is seen, once
 * (the due is unique per violation number), so a fine is paid through the same charges as a fee.
 */
@Service
public class OwedDues {

    private final Dues dues;
    private final ViolationRegister violations;
    private final MessageSource messages;
    private final Currency currency;
    private final Clock clock;

    OwedDues(Dues dues, ViolationRegister violations, MessageSource messages, CountryProperties country, Clock clock) {
        this.dues = dues;
        this.violations = violations;
        this.messages = messages;
        this.currency = Currency.getInstance(country.currency());
        this.clock = clock;
    }

    public List<Due> of(String nationalId) {
        for (var violation : violations.of(new NationalId(nationalId))) {
            if (!violation.paid() && violation.amount().signum() > 0
                    && dues.find(DueKind.FINE, violation.number()).isEmpty()) {
                var amount = Money.of(violation.amount(), currency);
                dues.open(DueKind.FINE, violation.number(), nationalId, List.of(line(violation, amount)), amount,
                        clock.instant());
            }
        }
        return dues.openOf(nationalId);
    }

    private FeeLine line(Violation violation, Money amount) {
        var ar = Locale.forLanguageTag("ar");
        return new FeeLine("fine", new LocalizedText(
                messages.getMessage("payments.line.fine", new Object[]{violation.kind(ar), violation.plateLatin(),
                        violation.committedOn().toString()}, ar),
                messages.getMessage("payments.line.fine", new Object[]{violation.kind(Locale.ENGLISH),
                        violation.plateLatin(), violation.committedOn().toString()}, Locale.ENGLISH)), amount);
    }
}
