package org.nafitha.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.identity.IdentityProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The second step of every sign-in: after the password, a code by SMS to the registered mobile.
 * Limits how many codes one account can ask for, so that guessing codes by signing in again and
 * again does not work either.
 */
@Service
public class SignInCompletion {

    static final String PURPOSE = "sign-in";

    private final OneTimeCodes codes;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties properties;

    SignInCompletion(OneTimeCodes codes, Accounts accounts, AuditTrail audit, JdbcClient jdbc, Clock clock,
                     IdentityProperties properties) {
        this.properties = properties;
        this.codes = codes;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    sealed interface Started permits CodeSent, Refused {
    }

    public record CodeSent(UUID challengeId) implements Started {
    }

    /** {@code identity.signin.<reason>}: throttled, or noMobile (the account has no phone to send to). */
    public record Refused(String reason) implements Started {
    }

    public Started start(NafithaUser user) {
        if (user.mobile() == null) return new Refused("noMobile");
        var since = Timestamp.from(clock.instant().minus(properties.throttleWindow()));
        var recent = jdbc.sql("SELECT COUNT(*) FROM otp_challenges WHERE username = :u AND purpose = :p AND created_at > :since")
                .param("u", user.username()).param("p", PURPOSE).param("since", since).query(Long.class).single();
        if (recent >= properties.maxCodes()) return new Refused("throttled");
        return new CodeSent(codes.issue(user.username(), user.mobile(), PURPOSE));
    }

    /** The signed-in account when the code is right; the reason otherwise. */
    public record Completion(Optional<NafithaUser> user, OneTimeCodes.Check check) {
    }

    public Completion complete(UUID challengeId, String code) {
        var check = codes.verify(challengeId, code);
        if (!(check instanceof OneTimeCodes.Passed passed) || !PURPOSE.equals(passed.purpose())) {
            return new Completion(Optional.empty(), check);
        }
        var user = accounts.findByUsername(passed.username()).map(NafithaUser::withoutPassword);
        user.ifPresent(u -> audit.recordAlone(new AuditEntry(u.username(), u.roles().stream().max(Enum::compareTo)
                .orElseThrow().name(), "identity.sign-in", u.nationalId(), null, null)));
        return new Completion(user, check);
    }

    public boolean resend(UUID challengeId) {
        return codes.resend(challengeId);
    }
}
