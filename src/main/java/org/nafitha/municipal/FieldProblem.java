package org.nafitha.municipal;

import org.jspecify.annotations.Nullable;

/** One refusal, on a field of the request when {@code field} is set. */
public record FieldProblem(@Nullable String field, MunicipalError error) {
}
