package org.nafitha.payments;

import java.util.List;

/**
 * Another module asks someone to pay: a due of itemised lines, collected through the gateway like
 * fees and fines, listed on the payer's "What I owe". Called in the caller's transaction, so the due
 * exists exactly when the caller's change does. When it is paid, {@link ChargePaid} names it.
 */
public interface DueOpening {

    /**
     * Opens the due once per kind and reference; opening it again (a retry) changes nothing.
     *
     * @param payer the national ID of the person who owes it
     * @return false when it was already open
     */
    boolean owe(DueKind kind, String reference, String payer, List<Item> items);

    /** One line of the due, in both languages. */
    record Item(String code, String labelAr, String labelEn, Money amount) {
    }
}
