package org.nafitha.identity.internal;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.PhoneNumbers;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changing the mobile number an account's codes go to, the most common cause of locked-out
 * citizens. Three paths: a code to the old number and one to the new (self-service); after an ID
 * check at a service centre when the old phone is lost (reception, audited); or a code to the new
 * number only after signing in with the national identity provider, which already proved who it
 * is. A number that now belongs to someone else never blocks anyone: numbers are not unique.
 */
@Service
public class MobileChanges {

    static final String PURPOSE = "mobile-change";

    private final OneTimeCodes codes;
    private final PhoneNumbers phones;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MobileChanges(OneTimeCodes codes, PhoneNumbers phones, Accounts accounts, JdbcClient jdbc, AuditTrail audit) {
        this.codes = codes;
        this.phones = phones;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A change under way: the new number, and the challenges that must both be passed. */
    public record Pending(String username, String newMobile, UUID newCode, @Nullable UUID oldCode) implements Serializable {
    }

    /**
     * @param proveOldNumber false only when the old phone need not be proven (national identity
     *                       sign-in, or a service centre after an ID check)
     */
    public Optional<Pending> start(String username, String typedMobile, boolean proveOldNumber) {
        var mobile = phones.normalise(typedMobile);
        var account = accounts.findByUsername(username);
        if (mobile.isEmpty() || account.isEmpty()) return Optional.empty();
        var oldCode = proveOldNumber && account.get().mobile() != null
                ? codes.issue(username, account.get().mobile(), PURPOSE) : null;
        var newCode = codes.issue(username, mobile.get(), PURPOSE);
        return Optional.of(new Pending(username, mobile.get(), newCode, oldCode));
    }

    /** Problem names of the codes that failed ({@code new}/{@code old} → problem), empty when the number changed. */
    @Transactional
    public Map<String, OneTimeCodes.Problem> confirm(Pending pending, String newCode, @Nullable String oldCode,
                                                         String actor, String actorRole, @Nullable String reason) {
        var failures = new LinkedHashMap<String, OneTimeCodes.Problem>();
        if (codes.verify(pending.newCode(), newCode) instanceof OneTimeCodes.Failed f) failures.put("newCode", f.problem());
        if (pending.oldCode() != null
                && codes.verify(pending.oldCode(), oldCode == null ? "" : oldCode) instanceof OneTimeCodes.Failed f) {
            failures.put("oldCode", f.problem());
        }
        if (!failures.isEmpty()) return failures;
        var account = accounts.findByUsername(pending.username()).orElseThrow();
        jdbc.sql("UPDATE accounts SET mobile = :m WHERE username = :u")
                .param("m", pending.newMobile()).param("u", pending.username()).update();
        audit.record(new AuditEntry(actor, actorRole, "identity.mobile-change", account.nationalId(), null,
                reason == null ? "codes to old and new numbers" : reason));
        return failures;
    }
}
