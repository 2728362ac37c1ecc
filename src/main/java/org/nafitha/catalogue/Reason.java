package org.nafitha.catalogue;

/**
 * A standard reason an officer can give when refusing a case or asking for more information,
 * so applicants read the same words for the same cause and analytics can count them.
 */
public record Reason(String code, LocalizedText label) {

    public Reason {
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad reason code " + code);
        if (label == null) throw new IllegalArgumentException("reason " + code + " has no label");
    }
}
