package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.cases.CaseReference;
import org.nafitha.issuance.internal.Delivery;

/** The delivery transition table, every pair, and the handover rules. */
class DeliveryRulesTest {

    private static final Map<DeliveryStatus, Set<DeliveryStatus>> ALLOWED = Map.of(
            DeliveryStatus.PREPARED, EnumSet.of(DeliveryStatus.HANDED_TO_COURIER, DeliveryStatus.READY_FOR_PICKUP),
            DeliveryStatus.HANDED_TO_COURIER, EnumSet.of(DeliveryStatus.OUT_FOR_DELIVERY),
            DeliveryStatus.OUT_FOR_DELIVERY, EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED_ATTEMPT),
            DeliveryStatus.FAILED_ATTEMPT, EnumSet.of(DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.RETURNED),
            DeliveryStatus.READY_FOR_PICKUP, EnumSet.of(DeliveryStatus.DELIVERED),
            DeliveryStatus.RETURNED, EnumSet.noneOf(DeliveryStatus.class),
            DeliveryStatus.DELIVERED, EnumSet.noneOf(DeliveryStatus.class));

    @Test
    void everyMoveIsAllowedOrRefusedExactlyAsTheTableSays() {
        for (var from : DeliveryStatus.values()) {
            for (var to : DeliveryStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        assertThat(DeliveryStatus.DELIVERED.isFinal()).isTrue();
        assertThat(DeliveryStatus.RETURNED.isFinal()).isTrue();
        assertThat(DeliveryStatus.FAILED_ATTEMPT.isFinal()).isFalse();
    }

    private static Delivery delivery(Delivery.Method method, DeliveryStatus status, String courier, int wrongCodes) {
        var id = UUID.randomUUID();
        return new Delivery(id, CaseReference.of("VRR", 2026, 1), "1000000016", "traffic", method, "حي الملقا",
                "شارع أنس بن مالك", new BigDecimal("24.81"), new BigDecimal("46.61"), null, BigDecimal.TEN, status,
                courier, hashOf(id, "482913"), wrongCodes, 0);
    }

    private static String hashOf(UUID id, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((id + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void homeAndPickupEachKeepToTheirOwnPath() {
        var home = delivery(Delivery.Method.HOME, DeliveryStatus.PREPARED, null, 0);
        assertThat(home.refusalToMove(DeliveryStatus.READY_FOR_PICKUP, "courier1")).isEqualTo(Delivery.Refusal.NOT_ALLOWED_NOW);
        assertThat(home.refusalToMove(DeliveryStatus.HANDED_TO_COURIER, "courier1")).isNull();
        var pickup = delivery(Delivery.Method.PICKUP, DeliveryStatus.PREPARED, null, 0);
        assertThat(pickup.refusalToMove(DeliveryStatus.HANDED_TO_COURIER, "courier1")).isEqualTo(Delivery.Refusal.NOT_ALLOWED_NOW);
        assertThat(pickup.refusalToMove(DeliveryStatus.READY_FOR_PICKUP, "office")).isNull();
    }

    @Test
    void onlyTheCourierHoldingTheDocumentReportsOnIt() {
        var out = delivery(Delivery.Method.HOME, DeliveryStatus.OUT_FOR_DELIVERY, "courier1", 0);
        assertThat(out.refusalToMove(DeliveryStatus.DELIVERED, "courier2")).isEqualTo(Delivery.Refusal.NOT_YOUR_DELIVERY);
        assertThat(out.refusalToMove(DeliveryStatus.DELIVERED, "courier1")).isNull();
    }

    @Test
    void handoverNeedsTheRightCodeOrAnIdCheckAndTooManyWrongCodesLeaveOnlyTheIdCheck() {
        var out = delivery(Delivery.Method.HOME, DeliveryStatus.OUT_FOR_DELIVERY, "courier1", 0);
        assertThat(out.refusalToHandOver(null, false, 5)).isEqualTo(Delivery.Refusal.CODE_OR_ID_CHECK_REQUIRED);
        assertThat(out.refusalToHandOver("482914", false, 5)).isEqualTo(Delivery.Refusal.WRONG_CODE);
        assertThat(out.refusalToHandOver("482913", false, 5)).isNull();
        assertThat(out.refusalToHandOver("٤٨٢٩١٣", false, 5)).as("typed in Arabic-Indic digits").isNull();
        var locked = delivery(Delivery.Method.HOME, DeliveryStatus.OUT_FOR_DELIVERY, "courier1", 5);
        assertThat(locked.refusalToHandOver("482913", false, 5)).isEqualTo(Delivery.Refusal.TOO_MANY_WRONG_CODES);
        assertThat(locked.refusalToHandOver(null, true, 5)).isNull();
    }
}
