package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Sign-in failures as problem+json: 401 for any bad credentials, 429 when throttled. */
@RestControllerAdvice(assignableTypes = AuthApi.class)
class AuthApiErrors {

    private final MessageSource messages;

    AuthApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManySignInAttempts.class)
    ProblemDetail throttled() {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "identity.signin.throttled");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail badCredentials() {
        return problem(HttpStatus.UNAUTHORIZED, "identity.signin.failed");
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", key);
        return problem;
    }
}
