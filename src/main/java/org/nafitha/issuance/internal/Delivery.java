package org.nafitha.issuance.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.errors.ErrorCode;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.country.ArabicDigits;

/**
 * A document on its way to the applicant. It guards its moves (the {@link DeliveryStatus} table,
 * home and pickup each on their own path) and its handover: the recipient's one-time code or an
 * ID check; a wrong code is counted and, past the limit, only an ID check will do.
 */
public record Delivery(UUID id, CaseReference reference, String recipient, String department, Method method,
                       @Nullable String district, @Nullable String address, @Nullable BigDecimal latitude,
                       @Nullable BigDecimal longitude, @Nullable String office, BigDecimal fee, DeliveryStatus status,
                       @Nullable String courier, @Nullable String codeHash, int wrongCodes, int version) {

    public enum Method { HOME, PICKUP }

    public enum Refusal implements ErrorCode {
        NOT_ALLOWED_NOW(409), NOT_YOUR_DELIVERY(404), WRONG_CODE(422), TOO_MANY_WRONG_CODES(429),
        CODE_OR_ID_CHECK_REQUIRED(422),
        /** A courier's report that is no report (not JSON, or no event): published under its first key. */
        UNREADABLE_REPORT(400, "issuance.courier.bad-request");

        private final Definition definition;

        Refusal(int status) {
            this.definition = Definition.dashed(status, "issuance.delivery.refused.", name());
        }

        Refusal(int status, String messageKey) {
            this.definition = Definition.keyed(status, messageKey);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Why {@code courier} may not move this delivery to {@code next}, or null when it may. */
    public @Nullable Refusal refusalToMove(DeliveryStatus next, String courier) {
        if (!status.canMoveTo(next)) return Refusal.NOT_ALLOWED_NOW;
        if (method == Method.HOME && next == DeliveryStatus.READY_FOR_PICKUP) return Refusal.NOT_ALLOWED_NOW;
        if (method == Method.PICKUP && next != DeliveryStatus.READY_FOR_PICKUP && next != DeliveryStatus.DELIVERED) {
            return Refusal.NOT_ALLOWED_NOW;
        }
        // once a courier has it, only that courier reports on it
        if (this.courier != null && !this.courier.equals(courier)) return Refusal.NOT_YOUR_DELIVERY;
        return null;
    }

    /** Why the handover with this code (or ID check) is refused, or null when the document may be handed over. */
    public @Nullable Refusal refusalToHandOver(@Nullable String code, boolean idChecked, int maxWrongCodes) {
        if (idChecked) return null;
        if (code == null || code.isBlank()) return Refusal.CODE_OR_ID_CHECK_REQUIRED;
        if (wrongCodes >= maxWrongCodes) return Refusal.TOO_MANY_WRONG_CODES;
        if (codeHash == null || !MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(id, ArabicDigits.toLatin(code.strip())).getBytes(StandardCharsets.US_ASCII))) {
            return Refusal.WRONG_CODE;
        }
        return null;
    }

    /** The stored form of a handover code: salted by the delivery, never the code itself. */
    static String hash(UUID delivery, String code) {
        return DigestUtils.sha256Hex(delivery + ":" + code);
    }
}
