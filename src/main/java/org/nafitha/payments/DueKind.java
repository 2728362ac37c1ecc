package org.nafitha.payments;

/** What a person owes: a service's fee (for a case) or a traffic fine (for a violation). */
public enum DueKind {
    FEE, FINE
}
