package org.nafitha.payments;

/**
 * What a person owes: a service's fee (for a case), a traffic fine (for a violation), or a deposit
 * to a detainee's account that the prison's security officer approved (for the family's request).
 */
public enum DueKind {
    FEE, FINE, DEPOSIT
}
