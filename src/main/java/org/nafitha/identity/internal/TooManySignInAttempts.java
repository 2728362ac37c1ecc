package org.nafitha.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Refused before the password is even looked at; the browser and the API both say "try later". */
public class TooManySignInAttempts extends AuthenticationException {

    TooManySignInAttempts() {
        super("too many sign-in attempts");
    }
}
