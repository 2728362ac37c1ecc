/**
 * Errors: how every module codes a refusal — one type ({@link org.nafitha.errors.ErrorCode}: the stable code an
 * API client reads, the HTTP status, the message key of its text) and one way to answer it as problem+json
 * ({@link org.nafitha.errors.Problems}). Depends on nothing of ours, so that every module may use it.
 */
@NullMarked
@ApplicationModule(displayName = "Errors", allowedDependencies = {})
package org.nafitha.errors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
