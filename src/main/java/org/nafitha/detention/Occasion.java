package org.nafitha.detention;

/** The family occasions a temporary release may be asked for. */
public enum Occasion {
    WEDDING, FUNERAL, BIRTH, GRADUATION
}
