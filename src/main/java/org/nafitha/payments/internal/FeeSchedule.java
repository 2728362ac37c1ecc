package org.nafitha.payments.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.CountryProperties;
import org.nafitha.payments.Money;
import org.nafitha.payments.PaymentsProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A service's fee as itemised lines: the catalogue's base fee, then the configured lines whose
 * condition the form's answers meet. The currency is the country profile's.
 */
@Component
public class FeeSchedule {

    static final String BASE = "base";

    private final PaymentsProperties properties;
    private final Currency currency;
    private final MessageSource messages;

    FeeSchedule(PaymentsProperties properties, CountryProperties country, MessageSource messages) {
        this.messages = messages;
        this.properties = properties;
        this.currency = Currency.getInstance(country.currency());
    }

    public List<FeeLine> lines(ServiceDefinition service, Map<String, String> answers) {
        var lines = new ArrayList<FeeLine>();
        if (service.fee().signum() > 0) {
            var label = new LocalizedText(
                    messages.getMessage("payments.line.base", new Object[]{service.name().ar()}, Locale.forLanguageTag("ar")),
                    messages.getMessage("payments.line.base", new Object[]{service.name().en()}, Locale.ENGLISH));
            lines.add(new FeeLine(BASE, label, Money.of(service.fee(), currency)));
        }
        for (var rule : properties.feesOf(service.code())) {
            if (rule.appliesTo(answers)) {
                lines.add(new FeeLine(rule.code(), new LocalizedText(rule.labelAr(), rule.labelEn()),
                        Money.of(rule.amount(), currency)));
            }
        }
        return List.copyOf(lines);
    }

    public Money total(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    public Currency currency() {
        return currency;
    }
}
