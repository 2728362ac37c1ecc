package org.nafitha.catalogue;

import java.util.List;
import java.util.Map;

/** The outcome of checking a form: the cleaned answers and every refused field (not just the first). */
public record FormCheck(Map<String, String> answers, List<FieldError> errors) {

    public FormCheck {
        answers = Map.copyOf(answers);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
