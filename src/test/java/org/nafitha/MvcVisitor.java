package org.nafitha;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.SmartRequestBuilder;

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
