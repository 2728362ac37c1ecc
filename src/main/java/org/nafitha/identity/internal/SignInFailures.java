package org.nafitha.identity.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A failed password sign-in back to the sign-in page: throttled, or the credentials wrong. */
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

    SignInFailures() {
        super("/signin?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        setDefaultFailureUrl(exception instanceof TooManySignInAttempts ? "/signin?throttled" : "/signin?error");
        super.onAuthenticationFailure(request, response, exception);
    }
}
