package org.nafitha.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.WorkflowDefinition;
import org.nafitha.identity.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;

/**
 * Appeals: the applicant of a refused case (or their representative) may appeal it within the
 * appeal period, giving their grounds. The appeal is a new case of the same service, linked to the
 * refused one, in its department's queue ({@link OpeningAppeals}); those who decided the refused case may neither be
 * assigned it nor decide it. One appeal per case, held by a unique index.
 */
@Service
public class Appeals {

    public static final String GROUNDS = "appealGrounds";

    private final Cases cases;
    private final CaseAccess access;
    private final Catalogue catalogue;
    private final OpeningAppeals opening;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration period;

    Appeals(Cases cases, CaseAccess access, Catalogue catalogue, OpeningAppeals opening, Clock clock,
            TransactionTemplate tx, @Value("${nafitha.cases.appeal-days:30}") int appealDays) {
        this.cases = cases;
        this.access = access;
        this.catalogue = catalogue;
        this.opening = opening;
        this.clock = clock;
        this.tx = tx;
        this.period = Duration.ofDays(appealDays);
    }

    public sealed interface Outcome {
        record Appealed(CaseReference appeal, boolean existing) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
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
        if (file.isEmpty()) return new Outcome.Refused(Refusal.CASE_NOT_FOUND);
        var c = file.get().caseFile();
        var existing = cases.appealFiledFor(reference);
        if (existing.isPresent()) return new Outcome.Appealed(existing.get(), true);
        var until = openUntil(c, file.get().timeline());
        if (until.isEmpty()) return new Outcome.Refused(Refusal.APPEAL_NOT_REFUSED);
        if (clock.instant().isAfter(until.get())) return new Outcome.Refused(Refusal.APPEAL_TOO_LATE);
        var text = grounds == null ? "" : grounds.strip();
        if (text.length() < 10) return new Outcome.Refused(Refusal.APPEAL_GROUNDS_REQUIRED);
        if (text.length() > CaseNotes.MAX_LENGTH) return new Outcome.Refused(Refusal.APPEAL_GROUNDS_TOO_LONG);
        try {
            return tx.execute(s -> opening.open(c, text, actor));
        } catch (DataIntegrityViolationException raced) {
            return cases.appealFiledFor(reference).<Outcome>map(r -> new Outcome.Appealed(r, true)).orElseThrow(() -> raced);
        }
    }
}
