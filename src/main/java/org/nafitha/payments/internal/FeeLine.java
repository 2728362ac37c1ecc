package org.nafitha.payments.internal;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.payments.Money;

/** One line of what a person owes, as the receipt and the "check your answers" page show it. */
public record FeeLine(String code, LocalizedText label, Money amount) {
}
