package org.nafitha.identity.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.nafitha.country.NationalId;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.IdentityProperties;
import org.nafitha.identity.Role;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in through the national digital-identity provider (OpenID Connect, code flow with PKCE).
 * The provider has already authenticated the person strongly, so no SMS code follows. The ID
 * token's national-ID claim picks the account; a person of the civil register without an account
 * gets one (with no usable password) on first sign-in.
 */
@Component
class NationalIdentitySignIn implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(NationalIdentitySignIn.class);

    private final Accounts accounts;
    private final CivilRegister register;
    private final NationalIds nationalIds;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final TransactionTemplate tx;
    private final SignedInSessions sessions;

    NationalIdentitySignIn(Accounts accounts, CivilRegister register, NationalIds nationalIds, PasswordEncoder encoder,
                           AuditTrail audit, IdentityProperties properties, TransactionTemplate tx,
                           SignedInSessions sessions) {
        this.sessions = sessions;
        this.tx = tx;
        this.accounts = accounts;
        this.register = register;
        this.nationalIds = nationalIds;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var oidc = (OidcUser) authentication.getPrincipal();
        var claim = oidc.getClaimAsString(properties.nationalIdClaim());
        var user = claim == null ? Optional.<NafithaUser>empty() : tx.execute(status -> accountFor(claim));
        SecurityContextHolder.clearContext();
        if (user.isEmpty()) {
            log.info("National identity sign-in refused: no usable national ID claim or no register entry");
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/signin?nationalIdentityUnknown");
            return;
        }
        var next = sessions.establish(user.get(), request, response);
        request.getSession().setAttribute(SignedInSessions.NATIONAL_IDENTITY, Boolean.TRUE);
        audit.recordAlone(new AuditEntry(user.get().username(), Role.APPLICANT.name(), "identity.sign-in.national-identity",
                user.get().nationalId(), null, oidc.getIssuer() == null ? null : oidc.getIssuer().toString()));
        response.sendRedirect(next);
    }

    /** Runs inside a transaction: a new account and its audit entry are written together. */
    private Optional<NafithaUser> accountFor(String claim) {
        if (!(nationalIds.check(claim) instanceof NationalIds.Valid valid)) return Optional.empty();
        var id = valid.id().value();
        var existing = accounts.findByUsername(id);
        if (existing.isPresent()) return existing.map(NafithaUser::withoutPassword);
        return register.find(new NationalId(id)).map(person -> {
            accounts.create(id, id, person.fullNameAr(), person.fullNameEn(), encoder.encode(unguessable()),
                    Set.of(Role.APPLICANT), null, person.mobile());
            audit.record(new AuditEntry(id, Role.APPLICANT.name(), "identity.register.national-identity", id, null, null));
            return accounts.findByUsername(id).orElseThrow().withoutPassword();
        });
    }

    private static String unguessable() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
