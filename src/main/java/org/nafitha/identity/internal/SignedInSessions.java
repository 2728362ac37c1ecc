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
public class SignedInSessions {

    /** The session attribute that describes the browser which signed in (the sessions page lists it). */
    public static final String DEVICE = "nafitha.device";

    /** The session attribute set when the person signed in with the national identity provider. */
    public static final String NATIONAL_IDENTITY = "nafitha.signedInWithNationalIdentity";

    /** A short description of the browser that signed in, kept with its session. */
    static String describe(HttpServletRequest request) {
        var agent = request.getHeader("User-Agent");
        var browser = agent == null ? "?" : agent.length() > 120 ? agent.substring(0, 120) : agent;
        return browser + " — " + request.getRemoteAddr();
    }


    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    /** @return where to send the browser next */
    public String establish(NafithaUser user, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        request.getSession().setAttribute(DEVICE, describe(request));
        contexts.saveContext(context, request, response);
        var saved = savedRequests.getRequest(request, response);
        return saved == null ? request.getContextPath() + "/me" : saved.getRedirectUrl();
    }
}
