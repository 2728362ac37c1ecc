package org.nafitha.catalogue;

import tools.jackson.core.JacksonException;

/** A service file the parser could not read, said for its editor: where it stopped, and the rule broken. */
final class ParseProblems {

    private ParseProblems() {
    }

    /** The line and path where it stopped (either may be missing), then the rule: to follow the file's name. */
    static String said(JacksonException e) {
        return where(e) + ": " + reason(e);
    }

    private static String where(JacksonException e) {
        var location = e.getLocation();
        var line = location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return line + (path.isEmpty() ? "" : " (" + path + ")");
    }

    /** The rule a definition broke, without Jackson's description of where it was reading. */
    private static String reason(JacksonException e) {
        var cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return String.valueOf(cause.getMessage());
        }
        var message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
