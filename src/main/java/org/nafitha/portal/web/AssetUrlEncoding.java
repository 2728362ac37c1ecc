package org.nafitha.portal.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Spring's resource-URL rewriting (webjar versions) only for links to files. Boot's filter asks
 * the static resource handler ({@code /**}) about every link a page builds, and for a link to a
 * page that means a miss in the class path that is never cached: the home page with 40 service
 * cards spent most of its time there (37 pages/s). Links whose last segment has no extension are
 * pages, never static files, and are passed through untouched.
 */
@Configuration
class AssetUrlEncoding {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new FilesOnly());
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

    static final class FilesOnly extends ResourceUrlEncodingFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(response instanceof HttpServletResponse plain)) {
                super.doFilter(request, response, chain);
                return;
            }
            super.doFilter(request, response, (req, encoding) ->
                    chain.doFilter(req, new Choosing(plain, (HttpServletResponse) encoding)));
        }
    }

    /** Files through Spring's resolver, everything else straight to the container. */
    private static final class Choosing extends HttpServletResponseWrapper {
        private final HttpServletResponse plain;

        Choosing(HttpServletResponse plain, HttpServletResponse encoding) {
            super(encoding);
            this.plain = plain;
        }

        @Override
        public String encodeURL(String url) {
            return looksLikeFile(url) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
