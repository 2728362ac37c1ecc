package org.nafitha.payments.internal;

import java.util.List;
import java.util.Map;

import org.nafitha.cases.FeePreview;
import org.nafitha.catalogue.ServiceDefinition;
import org.springframework.stereotype.Component;

/** The fee schedule's lines for the "check your answers" page: the same lines the due will carry. */
@Component
class FeePreviews implements FeePreview {

    private final FeeSchedule schedule;

    FeePreviews(FeeSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<Line> lines(ServiceDefinition service, Map<String, String> answers) {
        return schedule.lines(service, answers).stream()
                .map(line -> new Line(line.code(), line.label(), line.amount().amount()))
                .toList();
    }
}
