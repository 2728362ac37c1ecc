package org.nafitha.oversight.internal;

import java.util.List;
import java.util.Arrays;

/**
 * What a rule found in a week: who or where (the key), the figures of the sentence an inspector
 * reads in their language ({@code oversight.rule.<RULE>.summary}), and the audit entries that are
 * its evidence.
 */
record Finding(Rule rule, String key, List<String> figures, List<Long> evidence) {

    Finding(Rule rule, String key, List<Long> evidence, Object... figures) {
        this(rule, key, Arrays.stream(figures).map(String::valueOf).toList(), evidence);
    }

    /** For the simulation report on a terminal. */
    String summary() {
        return rule + " " + key + " " + figures;
    }

    enum Rule {
        URGENT_ABOVE_PEERS, FAST_APPROVALS, AFTER_HOURS_DECISIONS, SAME_APPLICANT, ASSIGNMENT_BYPASS,
        LOOKUP_WITHOUT_CASE, SLA_BREACHES_PILING
    }
}
