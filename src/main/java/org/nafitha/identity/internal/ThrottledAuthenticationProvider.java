package org.nafitha.identity.internal;

import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password check behind the throttle. Unknown accounts and wrong passwords fail the same way and
 * take the same time (the DAO provider hashes a dummy password for unknown users).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = AccountDetailsService.normalise(authentication.getName());
        var address = clientAddress();
        if (throttle.isBlocked(username, address)) throw new TooManySignInAttempts();
        try {
            var result = passwords.authenticate(new UsernamePasswordAuthenticationToken(username,
                    authentication.getCredentials()));
            throttle.succeeded(username);
            var user = ((NafithaUser) result.getPrincipal()).withoutPassword();
            audit.recordAlone(new AuditEntry(username, user.roles().iterator().next().name(), "identity.sign-in",
                    user.nationalId(), null, null));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @org.jspecify.annotations.Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr() : null;
    }
}
