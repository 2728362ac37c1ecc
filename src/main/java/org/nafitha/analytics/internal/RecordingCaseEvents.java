package org.nafitha.analytics.internal;

import java.time.Clock;
import java.util.Optional;

import org.nafitha.analytics.CaseHandledAtOffice;
import org.nafitha.analytics.SatisfactionAsked;
import org.nafitha.cases.CaseEscalated;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the roll-ups from the cases module's events, with no bookkeeping by hand. Runs after the
 * case's transaction commits, from the event publication registry: a failure is retried, and each
 * event is recorded once by its key before anything is added.
 */
@Component
class RecordingCaseEvents {

    private final RollUps rollUps;
    private final CaseOffices offices;
    private final SatisfactionQuestions questions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordingCaseEvents(RollUps rollUps, CaseOffices offices, SatisfactionQuestions questions,
                        ApplicationEventPublisher events, Clock clock) {
        this.rollUps = rollUps;
        this.offices = offices;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted event) {
        var reference = event.reference().value();
        if (!rollUps.firstTime("submit|" + reference, clock.instant())) return;
        rollUps.entered(reference, new RollUps.Dimensions(event.serviceCode(), event.department(),
                event.channel().name(), RollUps.NO_OFFICE),
                event.at());
        rollUps.book(reference);
    }

    /**
     * Checked as the event is published: a step that is no outcome (most of a case's steps) and is not an appeal gets
     * no outbox entry, so no transaction of this listener, only to return. {@link #outcome} says the same in Java,
     * and a test holds the two together for every status of every workflow.
     */
    static final String COUNTED = "#event.action() == 'appealed' or (#event.from() != #event.to()"
            + " and {'APPROVED', 'REJECTED', 'WITHDRAWN', 'PAYMENT_EXPIRED'}.contains(#event.to()))";

    @ApplicationModuleListener(condition = COUNTED)
    void on(CaseStatusChanged event) {
        // the refused case's own step when it is appealed: its note is the appeal's reference
        if ("appealed".equals(event.action()) && event.note() != null) {
            rollUps.appealed(event.note(), event.reference().value(), event.at());
            return;
        }
        var kind = outcome(event.to());
        if (kind.isEmpty() || event.from().equals(event.to())) return;
        var reference = event.reference().value();
        if (!rollUps.firstTime(reference + "|" + event.action() + "|" + event.to() + "|" + event.at(), clock.instant())) return;
        rollUps.step(reference, kind.get(), event.at());
        rollUps.book(reference);
        // The service has come to its end, approved or refused: its applicant is asked how it went.
        if (kind.get() != RollUps.Kind.WITHDRAWN && questions.ask(event.reference(), event.applicant(),
                event.serviceCode(), event.at())) {
            events.publishEvent(new SatisfactionAsked(event.reference(), event.serviceCode(), event.applicant(), event.at()));
        }
    }

    @ApplicationModuleListener
    void on(CaseEscalated event) {
        var reference = event.reference().value();
        if (!rollUps.firstTime(reference + "|escalate|" + event.at(), clock.instant())) return;
        rollUps.step(reference, RollUps.Kind.ESCALATED, event.at());
        rollUps.book(reference);
    }

    /** Redelivered or out of order, only the office told last counts (see {@link CaseOffices#locate}). */
    @ApplicationModuleListener
    void on(CaseHandledAtOffice event) {
        offices.locate(event.reference().value(), event.office(), event.at());
    }

    /**
     * The end a status stands for. Every service's workflow ends in APPROVED or REJECTED; a case whose
     * fee was never paid in time (PAYMENT_EXPIRED) was abandoned by its applicant and counts, like an
     * explicit withdrawal, as withdrawn.
     */
    static Optional<RollUps.Kind> outcome(String status) {
        return Optional.ofNullable(switch (status) {
            case "APPROVED" -> RollUps.Kind.COMPLETED;
            case "REJECTED" -> RollUps.Kind.REFUSED;
            case "WITHDRAWN", "PAYMENT_EXPIRED" -> RollUps.Kind.WITHDRAWN;
            default -> null;
        });
    }
}
