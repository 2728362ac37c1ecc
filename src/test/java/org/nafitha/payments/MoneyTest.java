package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency SAR = Currency.getInstance("SAR");
    private static final Currency IQD = Currency.getInstance("IQD");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void minorUnitsComeFromIso4217() {
        assertThat(Money.of(new BigDecimal("300"), SAR).minor()).isEqualTo(30_000);
        assertThat(Money.of(new BigDecimal("12.345"), KWD).minor()).isEqualTo(12_345);
        assertThat(Money.of(new BigDecimal("25000"), IQD).amount()).isEqualByComparingTo("25000");
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), SAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeAndHugeAmountsAreRefused() {
        assertThatThrownBy(() -> new Money(-1, SAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Money.MAX_MINOR + 1, SAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currenciesAreNeverMixed() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, SAR).plus(Money.of(BigDecimal.ONE, KWD)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of(new BigDecimal("0.10"), SAR).plus(Money.of(new BigDecimal("0.20"), SAR)))
                .isEqualTo(Money.of(new BigDecimal("0.30"), SAR));
    }
}
