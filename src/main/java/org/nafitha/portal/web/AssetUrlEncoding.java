package org.nafitha.portal.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Links to static files rewritten as Spring's resource chain says (the webjar's version in the
 * path), once per link rather than once per page. Boot's own filter asks the static resource
 * handler ({@code /**}) about every link a page builds; for a link to a page that is a miss in the
 * class path, never cached, and the home page with 40 service cards spent most of its time there
 * (37 pages/s). Links whose last segment has no extension are pages and pass straight through; file
 * links are resolved once and remembered, as static files do not change while the server runs.
 */
@Configuration
class AssetUrlEncoding {

    private static final int REMEMBERED = 500;

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(ObjectProvider<ResourceUrlProvider> provider) {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new FilesOnce(provider));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static boolean looksLikeFile(String url) {
        var end = url.length();
        for (int i = 0; i < url.length(); i++) {
            var c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        var slash = url.lastIndexOf('/', end - 1);
        return url.lastIndexOf('.', end - 1) > slash;
    }

    /** A {@link ResourceUrlEncodingFilter} by type, so Boot does not add its own beside it. */
    static final class FilesOnce extends ResourceUrlEncodingFilter {
        private final ObjectProvider<ResourceUrlProvider> provider;
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        FilesOnce(ObjectProvider<ResourceUrlProvider> provider) {
            this.provider = provider;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse plain) {
                chain.doFilter(request, new Links(plain, http.getContextPath(), this));
            } else {
                chain.doFilter(request, response);
            }
        }

        String resolve(String contextPath, String url) {
            var known = resolved.get(url);
            if (known != null) return known;
            var urls = provider.getIfAvailable();
            if (urls == null || !url.startsWith(contextPath + "/") || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) return url;
            var found = urls.getForLookupPath(url.substring(contextPath.length()));
            var result = found == null ? url : contextPath + found;
            if (resolved.size() < REMEMBERED) resolved.put(url, result);
            return result;
        }
    }

    private static final class Links extends HttpServletResponseWrapper {
        private final String contextPath;
        private final FilesOnce filter;

        Links(HttpServletResponse response, String contextPath, FilesOnce filter) {
            super(response);
            this.contextPath = contextPath;
            this.filter = filter;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(looksLikeFile(url) ? filter.resolve(contextPath, url) : url);
        }
    }
}
