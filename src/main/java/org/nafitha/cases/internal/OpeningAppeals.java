package org.nafitha.cases.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An appeal opened: a new case of the same service with the refused case's answers and the grounds,
 * linked to it, drawn to someone who did not decide it, on both cases' timelines.
 */
@Component
class OpeningAppeals {

    private final Cases cases;
    private final Catalogue catalogue;
    private final Assigning assigning;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Calendars calendars;

    OpeningAppeals(Cases cases, Catalogue catalogue, Assigning assigning, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock, Calendars calendars) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.assigning = assigning;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
    }

    Appeals.Outcome open(Case refused, String grounds, Actor actor) {
        var service = catalogue.find(refused.serviceCode()).orElseThrow();
        var now = clock.instant();
        var reference = CaseReference.of(service.referencePrefix(), calendars.today(clock).getYear(), cases.nextSequence());
        Map<String, String> answers = new LinkedHashMap<>(refused.answers());
        answers.put(Appeals.GROUNDS, grounds);
        var status = service.workflow().initial();
        var engine = new Case.Engine(null, null, refused.womenSection(), refused.reference(),
                cases.decisionMakers(refused.reference()), "ONLINE", null, null, null, null);
        var appeal = new Case(reference, service.code(), service.version(), service.department(), refused.applicant(),
                actor.username(), status, answers, now, 0, Map.of(), engine);
        var limit = service.workflow().limit(status, service.slaDays());
        var draw = assigning.drawOnOpening(appeal, service.workflow(), status);
        cases.open(appeal, null, Channel.ONLINE, null, refused.womenSection(), limit == null ? null : now.plus(limit),
                draw == null ? null : draw.chosen());
        cases.linkAppeal(reference, refused.reference(), refused.womenSection());
        var role = refused.applicant().equals(actor.nationalId()) ? "APPLICANT" : "REPRESENTATIVE";
        cases.appendTimeline(new CaseStatusChanged(reference, service.code(), refused.applicant(), "appeal", "NEW", status,
                role, grounds, now), actor.username(), now);
        cases.appendTimeline(new CaseStatusChanged(refused.reference(), service.code(), refused.applicant(), "appealed",
                refused.status(), refused.status(), role, reference.value(), now), actor.username(), now);
        if (draw != null) assigning.recordDraw(appeal, status, draw, now);
        audit.record(new AuditEntry(actor.username(), role, "case.appeal", refused.applicant(), reference.value(),
                "appeal of " + refused.reference().value(), service.department()));
        events.publishEvent(new CaseSubmitted(reference, service.code(), refused.applicant(), service.department(), status, now));
        return new Appeals.Outcome.Appealed(reference, false);
    }
}
