package org.nafitha.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in minor units (halalas, fils, piastres) of an ISO 4217 currency; how many
 * minor units a currency has comes from the JDK's ISO 4217 table, never from our code. Never
 * negative: what goes back to a person is a refund of a positive amount.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    /** No single payment of a ministry's fees or fines comes near this; above it is an input error. */
    public static final long MAX_MINOR = 100_000_000_000L;

    public Money {
        if (minor < 0) throw new IllegalArgumentException("an amount of money cannot be negative: " + minor);
        if (minor > MAX_MINOR) throw new IllegalArgumentException("amount too large: " + minor);
    }

    /** Refuses an amount with more decimals than the currency has (1.005 SAR is no amount). */
    public static Money of(BigDecimal amount, Currency currency) {
        try {
            var scaled = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
            return new Money(scaled.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException("amount " + amount + " has more decimals than " + currency, tooPrecise);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, same(other).minor), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, same(other).minor);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
