package org.nafitha.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import jakarta.servlet.http.HttpServletResponse;

/** An upload above the request limit never reaches the form; say so plainly on a page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    @ExceptionHandler(IllegalStateException.class)
    String tooLargeAsReportedByTomcat(IllegalStateException e, HttpServletResponse response) {
        if (!UploadLimit.exceeded(e)) throw e;
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return "error/413";
    }
}
