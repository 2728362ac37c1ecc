package org.nafitha.registers;

/** A first-degree relation the civil register holds: what the relative is to the person. */
public enum Kinship {
    PARENT, CHILD, SPOUSE, SIBLING
}
