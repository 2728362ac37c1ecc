package org.nafitha.payments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A create that came before under the same idempotency key: the same request (its method and dues,
 * whatever their order, hashed) answers with the charge it made; another request under that key
 * is refused.
 */
@Component
class ChargeReplays {

    private final Charges charges;
    private final JdbcClient jdbc;

    ChargeReplays(Charges charges, JdbcClient jdbc) {
        this.charges = charges;
        this.jdbc = jdbc;
    }

    /** Null when the key is new. */
    CreatingCharges.@Nullable Outcome previous(Actor actor, String key, String hash) {
        return byKey(actor.username(), key)
                .map(use -> use.requestHash().equals(hash)
                        ? (CreatingCharges.Outcome) new CreatingCharges.Created(charges.find(use.charge()).orElseThrow(), true)
                        : new CreatingCharges.Refused(PaymentError.IDEMPOTENCY_KEY_REUSED))
                .orElse(null);
    }

    record KeyUse(ChargeId charge, String requestHash) {
    }

    private Optional<KeyUse> byKey(String createdBy, String idempotencyKey) {
        return jdbc.sql("SELECT id, request_hash FROM payment_charges WHERE created_by = :by AND idempotency_key = :key")
                .param("by", createdBy).param("key", idempotencyKey)
                .query((rs, n) -> new KeyUse(new ChargeId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }

    static String requestHash(Charge.Method method, List<UUID> dueIds) {
        var canonical = new StringBuilder(method.name());
        dueIds.stream().map(UUID::toString).distinct().sorted().forEach(id -> canonical.append('\u001f').append(id));
        return DigestUtils.sha256Hex(canonical.toString());
    }
}
