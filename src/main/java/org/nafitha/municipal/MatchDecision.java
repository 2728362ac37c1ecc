package org.nafitha.municipal;

/** What the matcher makes of a pair: the same person (linked), two people must look, or different people. */
public enum MatchDecision { LINK, REVIEW, DISTINCT }
