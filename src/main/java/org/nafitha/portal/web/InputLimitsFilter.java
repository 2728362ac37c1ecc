package org.nafitha.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.nafitha.portal.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an over-sized body or field with 413 before anything else runs: before the session is
 * looked up, before sign-in, before a controller or the database sees it. A one-megabyte username
 * used to reach the sign-in throttle's insert and answer 500. The API gets problem+json with a
 * stable code and the field's name; a page gets the "too large" error page, in the person's
 * language. Multipart uploads keep their own limits (spring.servlet.multipart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputLimitsFilter extends OncePerRequestFilter {


    private final PortalProperties.InputLimits limits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    InputLimitsFilter(PortalProperties properties, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.limits = properties.input();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        long maxBody = limits.maxBody().toBytes();
        if (!multipart && request.getContentLengthLong() > maxBody) {
            refuse(request, response, PortalError.INPUT_TOO_LARGE, null, maxBody);
            return;
        }
        if (!multipart) {
            var tooLong = limits.firstTooLong(request.getParameterMap());
            if (tooLong != null) {
                refuse(request, response, PortalError.INPUT_TOO_LONG, tooLong, limits.maxLength(tooLong));
                return;
            }
        }
        chain.doFilter(multipart ? request : new BoundedBody(request, maxBody), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, PortalError error,
                        @Nullable String field, long max) throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            page(request, response);
            return;
        }
        // a filter runs before the request's language is known to Problems: the text is looked up here, the same way
        var detail = messages.getMessage(error.messageKey(), new Object[]{field == null ? "" : field, max},
                error.messageKey(), locales.resolveLocale(request));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(error.status()), detail);
        problem.setProperty("code", error.code());
        if (field != null) problem.setProperty("field", field);
        problem.setProperty("max", max);
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /**
     * The error page, rendered from a request whose parameters are not read again: the body that was
     * refused is never parsed (reading it for the language parameter made Tomcat answer with its own page).
     */
    private static void page(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
    }
}
