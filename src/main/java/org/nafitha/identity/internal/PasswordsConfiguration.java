package org.nafitha.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords: hashed with Argon2id, and checked through the sign-in throttle. */
@Configuration
class PasswordsConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    ThrottledAuthenticationProvider throttledPasswords(AccountDetailsService accounts, PasswordEncoder encoder,
                                                       SignInThrottle throttle) {
        var dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    /** The password check of the API; the portal adds the national identity provider to it. */
    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider throttledPasswords) {
        return new ProviderManager(throttledPasswords);
    }
}
