package org.nafitha.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.Channel;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.cases.CaseSubmitted;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.WorkflowDefinition;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;

/**
 * Appeals: the applicant of a refused case (or their representative) may appeal it within the
 * appeal period, giving their grounds. The appeal is a new case of the same service, linked to the
 * refused one, in its department's queue; those who decided the refused case may neither be
 * assigned it nor decide it. One appeal per case, held by a unique index.
 */
@Service
public class Appeals {

    public static final String GROUNDS = "appealGrounds";

    private final Cases cases;
    private final CaseAccess access;
    private final Catalogue catalogue;
    private final Assigning assigning;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Calendars calendars;
    private final TransactionTemplate tx;
    private final Duration period;

    Appeals(Cases cases, CaseAccess access, Catalogue catalogue, Assigning assigning, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, Calendars calendars, TransactionTemplate tx,
            @Value("${nafitha.cases.appeal-days:30}") int appealDays) {
        this.cases = cases;
        this.access = access;
        this.catalogue = catalogue;
        this.assigning = assigning;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.tx = tx;
        this.period = Duration.ofDays(appealDays);
    }

    public sealed interface Outcome {
        record Appealed(CaseReference appeal, boolean existing) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    /** Until when the case can be appealed; empty when it was not refused (or is itself an appeal). */
    public Optional<Instant> openUntil(Case c, List<TimelineEntry> timeline) {
        if (c.engine().appealOf() != null) return Optional.empty();
        var service = catalogue.find(c.serviceCode(), c.serviceVersion()).orElse(null);
        if (service == null || !refused(service.workflow(), c.status())) return Optional.empty();
        var decided = timeline.stream().filter(e -> e.status().equals(c.status())).map(TimelineEntry::at)
                .reduce((a, b) -> b).orElse(c.submittedAt());
        return Optional.of(decided.plus(period));
    }

    /** A final state reached by a step that had to give a reason: a refusal. */
    static boolean refused(WorkflowDefinition workflow, String state) {
        return workflow.isFinal(state) && workflow.transitions().stream()
                .anyMatch(t -> t.to().equals(state) && t.reasonRequired());
    }

    public Optional<CaseReference> appealOf(CaseReference refused) {
        return cases.appealFiledFor(refused);
    }

    public Outcome appeal(CaseReference reference, @Nullable String grounds, Actor actor) {
        var file = cases.findWithTimeline(reference).filter(f -> access.applicantSide(f.caseFile(), actor));
        if (file.isEmpty()) return new Outcome.Refused("cases.notFound");
        var c = file.get().caseFile();
        var existing = cases.appealFiledFor(reference);
        if (existing.isPresent()) return new Outcome.Appealed(existing.get(), true);
        var until = openUntil(c, file.get().timeline());
        if (until.isEmpty()) return new Outcome.Refused("cases.appeal.notRefused");
        if (clock.instant().isAfter(until.get())) return new Outcome.Refused("cases.appeal.tooLate");
        var text = grounds == null ? "" : grounds.strip();
        if (text.length() < 10) return new Outcome.Refused("cases.appeal.groundsRequired");
        if (text.length() > CaseNotes.MAX_LENGTH) return new Outcome.Refused("cases.appeal.groundsTooLong");
        try {
            return tx.execute(s -> open(c, text, actor));
        } catch (DataIntegrityViolationException raced) {
            return cases.appealFiledFor(reference).<Outcome>map(r -> new Outcome.Appealed(r, true)).orElseThrow(() -> raced);
        }
    }

    private Outcome open(Case refused, String grounds, Actor actor) {
        var service = catalogue.find(refused.serviceCode()).orElseThrow();
        var now = clock.instant();
        var reference = CaseReference.of(service.referencePrefix(), calendars.today(clock).getYear(), cases.nextSequence());
        Map<String, String> answers = new LinkedHashMap<>(refused.answers());
        answers.put(GROUNDS, grounds);
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
        return new Outcome.Appealed(reference, false);
    }
}
