package org.nafitha.municipal;

import org.jspecify.annotations.Nullable;

/** One refusal, on a field of the request when {@code field} is set. */
public record FieldProblem(@Nullable String field, MunicipalError error) {

    /** The same problem on a part of a bigger request ({@code members[2].}), or still on the whole of it. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(field == null ? null : prefix + field, error);
    }
}
