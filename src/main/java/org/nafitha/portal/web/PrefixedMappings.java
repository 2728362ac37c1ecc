package org.nafitha.portal.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's handler lookup, with a cheap first question. A path with a variable in it
 * ({@code /api/v1/applications/{reference}/status}) is not in Spring's table of literal paths, so
 * every one of the application's several hundred mappings is asked whether it matches — each asking
 * the request, through five wrappers, for its method before it even looks at the path. That was a
 * quarter of the CPU of a status poll in a flight recording of {@code bench/run status} (issue 27).
 * Here a mapping whose every pattern begins with literal text the request's path does not begin with
 * answers "no" at once; every other mapping is asked as before, so what matches (and the 404, 405 and
 * 415 answers, which Spring works out from all mappings) is unchanged. Paths with an escape or a path
 * parameter ({@code %}, {@code ;}) skip the shortcut. The mappings are indexed by the first (up to
 * three) whole segments of their literal beginnings: a lookup takes the few mappings filed under its
 * own path's first segments as candidates, once, and Spring's walk over every mapping answers "no"
 * to the rest with one identity lookup each (walking them with a text comparison each was still
 * 5.6 % of a status poll's samples).
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

        /** The path of the request being looked up, when the shortcut applies to it; read once per lookup. */
        private static final ThreadLocal<String> PATH = new ThreadLocal<>();

        /** The mappings that may match the path being looked up, when the shortcut applies to it. */
        private static final ThreadLocal<Set<RequestMappingInfo>> CANDIDATES = new ThreadLocal<>();

        /** Built at the first lookup, when every mapping is registered. */
        private volatile @Nullable MappingIndex index;

        @Override
        protected @Nullable HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            var previous = PATH.get();
            var previousCandidates = CANDIDATES.get();
            var path = shortcutPath(request);
            PATH.set(path);
            CANDIDATES.set(path == null ? null : index().candidates(path));
            try {
                return super.getHandlerInternal(request);
            } finally {
                if (previous == null) PATH.remove();
                else PATH.set(previous);
                if (previousCandidates == null) CANDIDATES.remove();
                else CANDIDATES.set(previousCandidates);
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            var path = PATH.get();
            var candidates = CANDIDATES.get();
            if (path != null && candidates != null) {
                var literal = index().beginnings(info);
                if (literal != null && literal.length > 0 && (!candidates.contains(info) || beginsWithNone(path, literal))) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        private static @Nullable String shortcutPath(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) return null;
            var path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
            return path.indexOf('%') >= 0 || path.indexOf(';') >= 0 ? null : path;
        }

        private static boolean beginsWithNone(String path, String[] beginnings) {
            for (var beginning : beginnings) if (path.startsWith(beginning)) return false;
            return true;
        }

        private MappingIndex index() {
            var known = index;
            if (known == null) index = known = MappingIndex.of(getHandlerMethods().keySet());
            return known;
        }
    }
}
