package org.nafitha.portal.web;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * parameter ({@code %}, {@code ;}) skip the shortcut.
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

        /** Each mapping's literal beginnings, one per pattern; empty when one of its patterns begins with a variable. */
        private final ConcurrentHashMap<RequestMappingInfo, List<String>> beginnings = new ConcurrentHashMap<>();

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            if (cannotMatch(info, request)) return null;
            return super.getMatchingMapping(info, request);
        }

        private boolean cannotMatch(RequestMappingInfo info, HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) return false;
            var path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
            if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0) return false;
            var literal = beginnings.computeIfAbsent(info, Mapping::beginnings);
            if (literal.isEmpty()) return false;
            for (var beginning : literal) if (path.startsWith(beginning)) return false;
            return true;
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
