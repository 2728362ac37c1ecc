package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import org.nafitha.errors.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Sign-in failures as problem+json: 401 for any bad credentials, 429 when throttled. */
@RestControllerAdvice(assignableTypes = AuthApi.class)
class AuthApiErrors {

    private final Problems problems;

    AuthApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(TooManySignInAttempts.class)
    ProblemDetail throttled() {
        return problems.detail(IdentityError.SIGNIN_THROTTLED);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail badCredentials() {
        return problems.detail(IdentityError.SIGNIN_FAILED);
    }
}
