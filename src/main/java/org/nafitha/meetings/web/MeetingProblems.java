package org.nafitha.meetings.web;

import org.nafitha.meetings.MeetingError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Meeting refusals as problem+json: the stable code and the message in the client's language. */
@Component
class MeetingProblems {

    private final MessageSource messages;

    MeetingProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(MeetingError error) {
        var status = HttpStatus.valueOf(error.status());
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(error.messageKey(), null, error.messageKey(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", "meetings." + error.name());
        return ResponseEntity.status(status).body(problem);
    }
}
