package org.nafitha.portal.web;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's handler lookup, asking only the mappings that could match. A path with a variable in it
 * ({@code /api/v1/applications/{reference}/status}) is not in Spring's table of literal paths, so Spring asks every
 * one of the application's several hundred mappings whether it matches — each asking the request, through five
 * wrappers, for its method before it even looks at the path. That was a quarter of the CPU of a status poll in a
 * flight recording of {@code bench/run status} (issue 27). Here the mappings are filed by the literal text their
 * patterns begin with ({@link MappingIndex}); a lookup asks those the path begins with, and the few that begin with
 * a variable. When exactly one of them matches, it is the one Spring would have found (no other mapping could
 * match), and it is answered as Spring answers a match. Anything else — no match (Spring's 404, 405 and 415 are
 * worked out from all mappings), several (Spring ranks them), a CORS pre-flight, a path with an escape or a path
 * parameter ({@code %}, {@code ;}) — is looked up by Spring, where a mapping that cannot match still answers "no"
 * at once.
 */
@Configuration(proxyBeanMethods = false)
class PrefixedMappings {

    @Bean
    WebMvcRegistrations prefixedRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** The path of the request being looked up by Spring, when the shortcut applies to it. */
        private static final ThreadLocal<String> PATH = new ThreadLocal<>();

        /** Built at the first lookup, dropped when a mapping is added or removed. */
        private volatile @Nullable MappingIndex index;

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            var path = shortcutPath(request);
            if (path == null || CorsUtils.isPreFlightRequest(request)) return super.lookupHandlerMethod(lookupPath, request);
            var index = index();
            RequestMappingInfo match = null, matched = null;
            for (var info : index.candidates(path)) {
                var matching = super.getMatchingMapping(info, request);
                if (matching == null) continue;
                if (match != null) return spring(lookupPath, request, path);
                match = matching;
                matched = info;
            }
            if (match == null) return spring(lookupPath, request, path);
            var handler = index.handler(matched);
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
            handleMatch(match, lookupPath, request);
            return handler;
        }

        /** Spring's own lookup, over every mapping, with the quick "cannot match" for those that begin elsewhere. */
        private @Nullable HandlerMethod spring(String lookupPath, HttpServletRequest request, String path) throws Exception {
            PATH.set(path);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                PATH.remove();
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            var path = PATH.get();
            if (path != null && index().cannotMatch(info, path)) return null;
            return super.getMatchingMapping(info, request);
        }

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            index = null;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            index = null;
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            index = null;
        }

        private static @Nullable String shortcutPath(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) return null;
            var path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
            return path.indexOf('%') >= 0 || path.indexOf(';') >= 0 ? null : path;
        }

        private MappingIndex index() {
            var known = index;
            if (known == null) index = known = new MappingIndex(getHandlerMethods());
            return known;
        }
    }
}
