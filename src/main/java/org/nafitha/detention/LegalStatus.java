package org.nafitha.detention;

/** Where a detainee stands before the law, as the custody register records it. */
public enum LegalStatus {
    UNDER_INVESTIGATION, REMANDED, ON_TRIAL, SENTENCED, RELEASED
}
