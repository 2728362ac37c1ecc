package org.nafitha.cases.internal;

/** A step taken (with the case's new status) or refused with a reason. */
public sealed interface DecisionOutcome {

    record Taken(String status, int version) implements DecisionOutcome {
    }

    record Refused(Refusal refusal) implements DecisionOutcome {
    }
}
