package org.nafitha.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Password check behind the throttle. Unknown accounts and wrong passwords fail the same way and
 * take the same time (the DAO provider hashes a dummy password for unknown users).
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    public static final int MAX_USERNAME = 128;
    public static final int MAX_PASSWORD = 128;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = AccountDetailsService.normalise(authentication.getName());
        // No account name is longer; refused before the throttle stores it or Argon2 hashes it.
        if (username.length() > MAX_USERNAME || String.valueOf(authentication.getCredentials()).length() > MAX_PASSWORD) {
            throw new BadCredentialsException("bad credentials");
        }
        var address = clientAddress();
        if (throttle.isBlocked(username, address)) throw new TooManySignInAttempts();
        try {
            var result = passwords.authenticate(new UsernamePasswordAuthenticationToken(username,
                    authentication.getCredentials()));
            throttle.succeeded(username);
            var user = ((NafithaUser) result.getPrincipal()).withoutPassword();
            // The password alone opens only the door to the SMS code step.
            return UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority(
                            NafithaUser.CODE_PENDING)));
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

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr() : null;
    }
}
