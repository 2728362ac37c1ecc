package org.nafitha.payments.web;

import org.nafitha.payments.PaymentError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Payment refusals as problem+json: the stable code and the message in the client's language. */
@Component
class PaymentProblems {

    private final MessageSource messages;

    PaymentProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(PaymentError error) {
        var status = HttpStatus.valueOf(error.status());
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(error.messageKey(), null, error.messageKey(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", "payments." + error.name());
        return ResponseEntity.status(status).body(problem);
    }

    ResponseEntity<ProblemDetail> idempotencyKeyRequired() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Idempotency-Key header required");
        problem.setProperty("code", "payments.IDEMPOTENCY_KEY_REQUIRED");
        return ResponseEntity.badRequest().body(problem);
    }
}
