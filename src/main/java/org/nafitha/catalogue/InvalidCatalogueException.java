package org.nafitha.catalogue;

import java.util.List;

/** The service files do not describe a usable catalogue; the application must not start. */
public class InvalidCatalogueException extends IllegalStateException {

    private final List<String> problems;

    InvalidCatalogueException(List<String> problems) {
        super("The service catalogue is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, starting with the file (and line, where the parser knows it) it is in. */
    public List<String> problems() {
        return problems;
    }
}
