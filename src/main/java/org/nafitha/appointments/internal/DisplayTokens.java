package org.nafitha.appointments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting-room screens' tokens. A token opens an office's screen without a sign-in, so it is a
 * credential: 256 random bits, shown once to the head who issues it, kept only as its SHA-256, and
 * replaced (the old one stops at once) whenever the head issues a new one.
 */
@Service
public class DisplayTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Offices offices;
    private final AuditTrail audit;

    DisplayTokens(JdbcClient jdbc, Offices offices, AuditTrail audit) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.audit = audit;
    }

    /** Whether this token opens the office's screen; an office without a token opens for none. */
    public boolean admits(String officeId, String token) {
        if (token.isEmpty() || token.length() > 100) return false;
        var stored = jdbc.sql("SELECT display_token_hash FROM appointment_offices WHERE id = :id")
                .param("id", officeId).query(String.class).optional();
        return stored.isPresent() && MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** A new token for the office's screen, for its head or an administrator; the old one stops working. */
    @Transactional
    public Optional<String> issue(Actor actor, String officeId) {
        var office = offices.find(officeId);
        if (office.isEmpty() || !OfficeCapacity.mayChange(actor, office.get())) return Optional.empty();
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(officeId, token);
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "appointment.display-token", null,
                null, officeId, actor.department()));
        return Optional.of(token);
    }

    void store(String officeId, String token) {
        jdbc.sql("UPDATE appointment_offices SET display_token_hash = :h WHERE id = :id")
                .param("h", hash(token)).param("id", officeId).update();
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
