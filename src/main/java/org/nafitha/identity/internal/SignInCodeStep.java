package org.nafitha.identity.internal;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** After a right password in the browser: send the SMS code and ask for it. */
@Component
public class SignInCodeStep implements AuthenticationSuccessHandler {

    public static final String CHALLENGE = "nafitha.signin.challenge";

    private final SignInCompletion completion;

    SignInCodeStep(SignInCompletion completion) {
        this.completion = completion;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var started = completion.start((NafithaUser) authentication.getPrincipal());
        if (started instanceof SignInCompletion.Refused(var reason)) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/signin?" + reason);
            return;
        }
        request.getSession().setAttribute(CHALLENGE, ((SignInCompletion.CodeSent) started).challengeId());
        response.sendRedirect(request.getContextPath() + "/signin/code");
    }

    public static @Nullable UUID challenge(HttpSession session) {
        return session.getAttribute(CHALLENGE) instanceof UUID id ? id : null;
    }
}
