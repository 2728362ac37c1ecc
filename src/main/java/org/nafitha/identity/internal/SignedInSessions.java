package org.nafitha.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last step of every browser sign-in (SMS code or national identity): the account becomes
 * the session's principal under a new session ID, the device is noted for the device list, and
 * the person goes back to the page they asked for.
 */
@Component
class SignedInSessions {

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    /** @return where to send the browser next */
    String establish(NafithaUser user, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        request.getSession().setAttribute(SessionsController.DEVICE, SessionsController.describe(request));
        contexts.saveContext(context, request, response);
        var saved = savedRequests.getRequest(request, response);
        return saved == null ? request.getContextPath() + "/me" : saved.getRedirectUrl();
    }
}
