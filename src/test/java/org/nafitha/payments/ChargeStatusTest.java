package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nafitha.payments.ChargeStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The whole transition table: every pair of states, allowed or refused. */
class ChargeStatusTest {

    private static final Map<ChargeStatus, Set<ChargeStatus>> ALLOWED = Map.of(
            CREATED, EnumSet.of(PENDING, PAID, FAILED, EXPIRED),
            PENDING, EnumSet.of(PAID, FAILED, EXPIRED),
            PAID, EnumSet.of(REFUNDED),
            FAILED, EnumSet.noneOf(ChargeStatus.class),
            EXPIRED, EnumSet.noneOf(ChargeStatus.class),
            REFUNDED, EnumSet.noneOf(ChargeStatus.class));

    @Test
    void everyPairOfStatesIsAllowedOrRefusedAsTheTableSays() {
        for (var from : ChargeStatus.values()) {
            for (var to : ChargeStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aPaidChargeIsNeverPaidAgainNorFailedLater() {
        assertThat(PAID.canMoveTo(PAID)).isFalse();
        assertThat(PAID.canMoveTo(FAILED)).isFalse();
        assertThat(PAID.canMoveTo(EXPIRED)).isFalse();
        assertThat(ChargeStatus.from(PAID)).containsExactlyInAnyOrder(CREATED, PENDING);
    }
}
