package org.nafitha.portal.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request as a GET with no parameters: its refused body is never read for them ({@link InputLimitsFilter}). */
final class WithoutParameters extends HttpServletRequestWrapper {

    WithoutParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public @Nullable String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getMethod() {
        return "GET";
    }
}
