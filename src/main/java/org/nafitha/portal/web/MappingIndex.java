package org.nafitha.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The request mappings by what their paths must begin with, for {@link PrefixedMappings}: each mapping's
 * literal beginnings (the text before the first variable or wildcard of each pattern), and the mappings
 * filed under the first (up to {@value #INDEXED_SEGMENTS}) whole segments of those beginnings.
 */
final class MappingIndex {

    /** How many whole segments of a beginning file a mapping. */
    static final int INDEXED_SEGMENTS = 3;

    private final Map<RequestMappingInfo, String[]> beginnings;
    private final Map<String, List<RequestMappingInfo>> bySegments;

    private MappingIndex(Map<RequestMappingInfo, String[]> beginnings, Map<String, List<RequestMappingInfo>> bySegments) {
        this.beginnings = beginnings;
        this.bySegments = bySegments;
    }

    static MappingIndex of(Collection<RequestMappingInfo> mappings) {
        var beginnings = new IdentityHashMap<RequestMappingInfo, String[]>();
        var bySegments = new HashMap<String, List<RequestMappingInfo>>();
        for (var info : mappings) {
            var literal = literalBeginnings(info);
            beginnings.put(info, literal.toArray(String[]::new));
            if (literal.isEmpty()) continue;
            patterns(info).map(MappingIndex::segmentsKey).distinct()
                    .forEach(key -> bySegments.computeIfAbsent(key, k -> new ArrayList<>()).add(info));
        }
        return new MappingIndex(Collections.unmodifiableMap(beginnings), Map.copyOf(bySegments));
    }

    /** The mapping's literal beginnings (empty: it is asked about every path); null for a mapping not indexed. */
    String @Nullable [] beginnings(RequestMappingInfo info) {
        return beginnings.get(info);
    }

    /** The mappings filed under the path's first segments (and under none): the only ones with beginnings that may match it. */
    Set<RequestMappingInfo> candidates(String path) {
        var candidates = Collections.newSetFromMap(new IdentityHashMap<RequestMappingInfo, Boolean>());
        candidates.addAll(bySegments.getOrDefault("", List.of()));
        int end = 0;
        for (int segment = 0; segment < INDEXED_SEGMENTS && end < path.length(); segment++) {
            int next = path.indexOf('/', end + 1);
            end = next < 0 ? path.length() : next;
            candidates.addAll(bySegments.getOrDefault(path.substring(0, end), List.of()));
        }
        return candidates;
    }

    /**
     * The whole segments, at most {@value #INDEXED_SEGMENTS}, at the start of a pattern's literal beginning: a
     * segment is whole when a slash follows it, or when the pattern has no variable or wildcard at all. A path
     * that begins with the beginning begins with these same segments, each followed by a slash or by the path's
     * end — and a path longer than a literal pattern by more than a slash is not one it matches.
     */
    static String segmentsKey(String pattern) {
        var beginning = beginning(pattern);
        int end = 0;
        for (int segment = 0; segment < INDEXED_SEGMENTS; segment++) {
            int next = beginning.indexOf('/', end + 1);
            if (next < 0) {
                if (beginning.length() == pattern.length()) end = beginning.length();
                break;
            }
            end = next;
        }
        return beginning.substring(0, end);
    }

    /** The text before the first variable or wildcard of each pattern; none if a pattern has no such text to test. */
    static List<String> literalBeginnings(RequestMappingInfo info) {
        var beginnings = patterns(info).map(MappingIndex::beginning).toList();
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

    private static Stream<String> patterns(RequestMappingInfo info) {
        var patterns = info.getPathPatternsCondition();
        return patterns == null ? Stream.empty() : patterns.getPatterns().stream().map(PathPattern::getPatternString);
    }
}
