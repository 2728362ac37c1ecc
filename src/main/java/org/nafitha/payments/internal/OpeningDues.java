package org.nafitha.payments.internal;

import java.time.Clock;
import java.util.List;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.payments.DueKind;
import org.nafitha.payments.DueOpening;
import org.nafitha.payments.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Dues other modules open (a detainee's deposit), itemised like a service's fee lines. */
@Service
class OpeningDues implements DueOpening {

    private final Dues dues;
    private final Clock clock;

    OpeningDues(Dues dues, Clock clock) {
        this.dues = dues;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean owe(DueKind kind, String reference, String payer, List<Item> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("a due needs at least one line");
        var lines = items.stream()
                .map(i -> new FeeLine(i.code(), new LocalizedText(i.labelAr(), i.labelEn()), i.amount())).toList();
        var total = items.stream().map(Item::amount).reduce(Money::plus).orElseThrow();
        if (total.isZero()) throw new IllegalArgumentException("a due of nothing for " + reference);
        return dues.open(kind, reference, payer, lines, total, clock.instant());
    }
}
