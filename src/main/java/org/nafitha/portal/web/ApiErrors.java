package org.nafitha.portal.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.CommonError;
import org.nafitha.errors.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.exc.StreamConstraintsException;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API answers every failure as application/problem+json with a 4xx status: malformed
 * JSON, a missing header, an upload over the size limit. Modules answer their own expected
 * refusals; this covers what the framework raises before they are reached.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final Problems problems;

    ApiErrors(Problems problems) {
        this.problems = problems;
    }

    /** A field over its length, a body over the limit or nesting too deep: 413, never a 500. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable e = ex; e != null; e = e.getCause()) {
            if (e instanceof InputTooLong tooLong) {
                return tooLarge(PortalError.INPUT_TOO_LONG, tooLong.field(), tooLong.max());
            }
            if (e instanceof BodyTooLarge body) return tooLarge(PortalError.INPUT_TOO_LARGE, null, body.max());
            if (e instanceof StreamConstraintsException) return tooLarge(PortalError.INPUT_TOO_LARGE, null, null);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private ResponseEntity<Object> tooLarge(PortalError error, @Nullable String field, @Nullable Number max) {
        var problem = problems.detail(error, field == null ? "" : field, max == null ? "" : max);
        if (field != null) problem.setProperty("field", field);
        if (max != null) problem.setProperty("max", max);
        return ResponseEntity.status(error.status()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(CommonError.UPLOAD_TOO_LARGE.status()).body(uploadTooLarge());
    }

    /** An upload over the request limit that Tomcat reported while reading another parameter. */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> illegalState(IllegalStateException e) {
        if (!UploadLimit.exceeded(e)) throw e;
        return ResponseEntity.status(CommonError.UPLOAD_TOO_LARGE.status()).body(uploadTooLarge());
    }

    /** Its detail stays the English words published before {@link CommonError#UPLOAD_TOO_LARGE}; code and status are the entry's. */
    private static ProblemDetail uploadTooLarge() {
        var error = CommonError.UPLOAD_TOO_LARGE;
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(error.status()), "The upload is too large");
        problem.setProperty("code", error.code());
        return problem;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(ProblemDetail.forStatus(e.getStatusCode()));
    }
}
