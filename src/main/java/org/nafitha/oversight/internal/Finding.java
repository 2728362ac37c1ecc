package org.nafitha.oversight.internal;

import java.util.List;

/**
 * What a rule found in a week: who or where (the key), a sentence for the inspector, and the
 * audit entries that are its evidence.
 */
record Finding(Rule rule, String key, String summary, List<Long> evidence) {

    enum Rule {
        URGENT_ABOVE_PEERS, FAST_APPROVALS, AFTER_HOURS_DECISIONS, SAME_APPLICANT, ASSIGNMENT_BYPASS,
        LOOKUP_WITHOUT_CASE, SLA_BREACHES_PILING
    }
}
