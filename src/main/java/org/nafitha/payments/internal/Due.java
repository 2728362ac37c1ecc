package org.nafitha.payments.internal;

import java.util.List;
import java.util.UUID;

import org.nafitha.payments.DueKind;
import org.nafitha.payments.Money;

/**
 * Something a person owes: a case's fee or a traffic fine, with its lines.
 *
 * @param reference the case reference of a fee, the violation number of a fine
 */
public record Due(UUID id, DueKind kind, String reference, String payer, Money total, Status status,
                  List<FeeLine> lines) {

    public enum Status { OPEN, PAID, CANCELLED }

    public Due {
        lines = List.copyOf(lines);
    }
}
