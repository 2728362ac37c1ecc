package org.nafitha;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.SmartRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;

/**
 * One browser against MockMvc: sessions live in the database (Spring Session), so the visitor
 * carries the session cookie from answer to answer as a browser does.
 */
public final class MvcVisitor {

    private final MockMvc mvc;
    private volatile Cookie session;

    public MvcVisitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Password, then the SMS code from the dev outbox: a visitor signed in as a person would be. */
    public static MvcVisitor signedIn(MockMvc mvc, int port, String username, String password) throws Exception {
        var visitor = pending(mvc, username, password);
        var done = visitor.perform(MockMvcRequestBuilders.post("/signin/code")
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("code", new ApiClient(port).latestCode(username)));
        if (done.getResponse().getStatus() != 302) throw new IllegalStateException("code refused for " + username);
        return visitor;
    }

    public static MvcVisitor signedIn(MockMvc mvc, int port, String username) throws Exception {
        return signedIn(mvc, port, username, ApiClient.DEMO_PASSWORD);
    }

    private static final Map<String, MvcVisitor> SIGNED_IN = new ConcurrentHashMap<>();

    /**
     * One signed-in session per person and running server, kept for the tests that follow: the test
     * profile allows a person only so many SMS codes in fifteen minutes. A kept session that another
     * test ended (signing out everywhere, say) is replaced by a new one.
     */
    public static MvcVisitor signedInOnce(MockMvc mvc, int port, String username) throws Exception {
        var key = port + "/" + username;
        var known = SIGNED_IN.get(key);
        if (known == null || !known.stillSignedIn()) {
            known = signedIn(mvc, port, username);
            SIGNED_IN.put(key, known);
        }
        return known;
    }

    private boolean stillSignedIn() throws Exception {
        return perform(MockMvcRequestBuilders.get("/account/sessions"))
                .getResponse().getStatus() == 200;
    }

    /** Past the password, waiting for the SMS code. */
    public static MvcVisitor pending(MockMvc mvc, String username, String password) throws Exception {
        var visitor = new MvcVisitor(mvc);
        var result = visitor.perform(SecurityMockMvcRequestBuilders
                .formLogin("/signin").user(username).password(password));
        if (!"/signin/code".equals(result.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("password step failed for " + username + ": " + result.getResponse().getRedirectedUrl());
        }
        return visitor;
    }

    public MvcResult perform(RequestBuilder request) throws Exception {
        var cookie = session;
        var withCookie = new SmartRequestBuilder() {
            @Override
            public MockHttpServletRequest buildRequest(ServletContext context) {
                var built = request.buildRequest(context);
                if (cookie != null) built.setCookies(cookie);
                return built;
            }

            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
                return request instanceof SmartRequestBuilder smart ? smart.postProcessRequest(built) : built;
            }
        };
        var result = mvc.perform(withCookie).andReturn();
        var fresh = result.getResponse().getCookie("SESSION");
        if (fresh != null) session = fresh;
        return result;
    }
}
