package org.nafitha.portal.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with a cheap first question. A path with a variable in it
 * ({@code /api/v1/applications/{reference}/status}) is not in Spring's table of literal paths, so
 * every one of the application's several hundred mappings is asked whether it matches — each asking
 * the request, through five wrappers, for its method before it even looks at the path. That was a
 * quarter of the CPU of a status poll in a flight recording of {@code bench/run status} (issue 27).
 * Here a mapping whose every pattern begins with literal text the request's path does not begin with
 * answers "no" at once; every other mapping is asked as before, so what matches (and the 404, 405 and
 * 415 answers, which Spring works out from all mappings) is unchanged. Paths with an escape or a path
 * parameter ({@code %}, {@code ;}) skip the shortcut. The path is read once per lookup, and each
 * mapping's beginnings are looked up by identity: the check costs a few nanoseconds a mapping.
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

        /** Each mapping's literal beginnings, one per pattern, by identity; built at the first lookup. */
        private volatile @Nullable Map<RequestMappingInfo, String[]> beginnings;

        @Override
        protected @Nullable HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            var previous = PATH.get();
            PATH.set(shortcutPath(request));
            try {
                return super.getHandlerInternal(request);
            } finally {
                if (previous == null) PATH.remove();
                else PATH.set(previous);
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            var path = PATH.get();
            if (path != null) {
                var literal = beginnings().get(info);
                if (literal != null && literal.length > 0 && beginsWithNone(path, literal)) return null;
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

        private Map<RequestMappingInfo, String[]> beginnings() {
            var known = beginnings;
            if (known == null) {
                var built = new IdentityHashMap<RequestMappingInfo, String[]>();
                getHandlerMethods().keySet().forEach(info -> built.put(info, beginnings(info).toArray(String[]::new)));
                beginnings = known = Collections.unmodifiableMap(built);
            }
            return known;
        }

        /** The text before the first variable or wildcard of each pattern; none if a pattern has no such text to test. */
        static List<String> beginnings(RequestMappingInfo info) {
            var patterns = info.getPathPatternsCondition();
            if (patterns == null) return List.of();
            var beginnings = patterns.getPatterns().stream().map(PathPattern::getPatternString)
                    .map(Mapping::beginning).toList();
            return beginnings.stream().anyMatch(b -> b.length() <= 1) ? List.of() : beginnings;
        }

        static String beginning(String pattern) {
            int end = pattern.length();
            for (var c : new char[] {'{', '*', '?'}) {
                int at = pattern.indexOf(c);
                if (at >= 0 && at < end) end = at;
            }
            return pattern.substring(0, end);
        }
    }
}
