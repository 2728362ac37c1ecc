package org.nafitha.operations.internal;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Hands the log context (the request id) to the work a request starts on another thread — the
 * modules' event listeners run on the application task executor, which Spring Boot decorates with
 * this bean — so a notification sent or a document indexed after a submission logs the
 * submission's request id.
 */
@Component
class LogContextPassing implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable work) {
        var context = MDC.getCopyOfContextMap();
        if (context == null || context.isEmpty()) return work;
        return () -> {
            var before = MDC.getCopyOfContextMap();
            MDC.setContextMap(context);
            try {
                work.run();
            } finally {
                if (before == null) MDC.clear();
                else MDC.setContextMap(before);
            }
        };
    }
}
