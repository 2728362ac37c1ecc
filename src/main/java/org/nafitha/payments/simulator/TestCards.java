package org.nafitha.payments.simulator;

import org.nafitha.country.Luhn;

/**
 * The simulator's test cards, as acquirers' sandboxes have them: each decides the outcome of a card
 * payment or how its notification travels; any other number that passes Luhn is paid.
 */
final class TestCards {

    static final String SUCCESS = "4111111111111111";
    static final String DECLINE = "4000000000000002";
    static final String CHALLENGE = "4000000000003220";
    static final String LOST_NOTIFICATION = "4000000000000077";
    static final String DUPLICATED_NOTIFICATION = "4000000000000044";
    static final String THREE_D_SECURE_CODE = "123456";

    private TestCards() {
    }

    /** The card number as typed, without its spaces and dashes. */
    static String digits(String cardNumber) {
        return cardNumber.replaceAll("[\\s-]", "");
    }

    static boolean declined(String card) {
        return card.equals(DECLINE) || !luhn(card);
    }

    static SimulatedAcquirer.Delivery delivery(String cardNumber) {
        var card = digits(cardNumber);
        return card.equals(LOST_NOTIFICATION) ? SimulatedAcquirer.Delivery.LOST
                : card.equals(DUPLICATED_NOTIFICATION) ? SimulatedAcquirer.Delivery.TWICE : SimulatedAcquirer.Delivery.ONCE;
    }

    private static boolean luhn(String digits) {
        return digits.matches("\\d{12,19}") && Luhn.valid(digits);
    }
}
