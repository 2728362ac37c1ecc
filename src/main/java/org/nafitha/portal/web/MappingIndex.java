package org.nafitha.portal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's request mappings filed under the literal text their patterns begin with, so that a path is
 * compared only with the mappings that could match it: those whose beginning the path starts with, and the few
 * whose patterns begin with a variable or a wildcard. Built once from the registered mappings; immutable.
 */
final class MappingIndex {

    /** The mappings under each literal beginning, in registration order. */
    private final Map<String, List<RequestMappingInfo>> byBeginning = new HashMap<>();
    /** Mappings with a pattern that has no literal beginning worth testing: asked about every path. */
    private final List<RequestMappingInfo> always = new ArrayList<>();
    /** The lengths of the beginnings, shortest first, to cut a path at. */
    private final int[] lengths;
    /** The beginnings of each mapping, by identity (for a lookup's quick "cannot match"). */
    private final Map<RequestMappingInfo, String[]> beginnings = new IdentityHashMap<>();
    private final Map<RequestMappingInfo, HandlerMethod> handlers;

    MappingIndex(Map<RequestMappingInfo, HandlerMethod> handlers) {
        this.handlers = Collections.unmodifiableMap(new IdentityHashMap<>(handlers));
        var lengthsSeen = new TreeSet<Integer>();
        handlers.keySet().forEach(info -> {
            var own = beginnings(info);
            beginnings.put(info, own.toArray(String[]::new));
            if (own.isEmpty()) always.add(info);
            own.stream().distinct().forEach(b -> {
                byBeginning.computeIfAbsent(b, k -> new ArrayList<>()).add(info);
                lengthsSeen.add(b.length());
            });
        });
        lengths = lengthsSeen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every mapping that could match the path (each once), and none that could not. */
    List<RequestMappingInfo> candidates(String path) {
        var found = new ArrayList<RequestMappingInfo>(always);
        for (int length : lengths) {
            if (length > path.length()) break;
            var filed = byBeginning.get(path.substring(0, length));
            if (filed == null) continue;
            for (var info : filed) if (!containsSame(found, info)) found.add(info);
        }
        return found;
    }

    HandlerMethod handler(RequestMappingInfo info) {
        return handlers.get(info);
    }

    /** True when the mapping's every pattern begins with literal text the path does not begin with. */
    boolean cannotMatch(RequestMappingInfo info, String path) {
        var own = beginnings.get(info);
        if (own == null || own.length == 0) return false;
        for (var beginning : own) if (path.startsWith(beginning)) return false;
        return true;
    }

    private static boolean containsSame(List<RequestMappingInfo> infos, RequestMappingInfo info) {
        for (var known : infos) if (known == info) return true;
        return false;
    }

    /** The text before the first variable or wildcard of each pattern; none if a pattern has no such text to test. */
    static List<String> beginnings(RequestMappingInfo info) {
        var patterns = info.getPathPatternsCondition();
        if (patterns == null) return List.of();
        var beginnings = patterns.getPatterns().stream().map(PathPattern::getPatternString)
                .map(MappingIndex::beginning).toList();
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
