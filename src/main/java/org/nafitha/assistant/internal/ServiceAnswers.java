package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.nafitha.assistant.Assistant.Answer;
import org.nafitha.assistant.Assistant.Fee;
import org.nafitha.cases.FeePreview;
import org.nafitha.catalogue.Applicant;
import org.nafitha.catalogue.ServiceDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;

/** A service the assistant found, answered with its definition as it is, in the reader's language, and its fees. */
final class ServiceAnswers {

    private final ObjectProvider<FeePreview> fees;
    private final MessageSource messages;

    ServiceAnswers(ObjectProvider<FeePreview> fees, MessageSource messages) {
        this.fees = fees;
        this.messages = messages;
    }

    Answer answer(ServiceDefinition s, double score, Locale locale) {
        var lines = new ArrayList<Fee>();
        var preview = fees.getIfAvailable();
        if (preview != null) {
            preview.lines(s, Map.of()).forEach(l -> lines.add(new Fee(l.label().in(locale), l.amount())));
        }
        if (lines.isEmpty() && s.fee().signum() > 0) {
            lines.add(new Fee(messages.getMessage("assistant.fee", null, locale), s.fee()));
        }
        var forOthers = s.applicants().stream().anyMatch(a -> a != Applicant.SELF);
        return new Answer(s.code(), s.version(), s.name().in(locale), Math.round(score * 1000) / 1000.0,
                s.summary().in(locale), s.eligibility().in(locale),
                s.documents().stream().map(d -> d.in(locale)).toList(), lines,
                s.steps().stream().map(d -> d.in(locale)).toList(), s.slaDays(), s.appointment(), forOthers,
                s.kiosk(), "/services/" + s.code());
    }
}
