package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The aid for one filed household, decided once by its municipality's staff (a mukhtar files,
 * he does not decide): granted with a kind and an amount, or refused with a reason. Aid another
 * municipality already granted to a member is shown beside the decision ({@link Households}),
 * not applied here: people decide.
 */
@Service
public class DecidingAid {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    private final Assessments assessments;
    private final AidDecisions decisions;
    private final MunicipalStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    DecidingAid(Assessments assessments, AidDecisions decisions, MunicipalStaff staff, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the actor decides aid for this municipality's households. */
    public boolean decides(Actor actor, String municipality) {
        return actor.has(Role.MUNICIPAL_STAFF) && staff.municipalityOf(actor).filter(municipality::equals).isPresent();
    }

    /** Every problem at once; none when decided. */
    public List<FieldProblem> decide(Actor actor, UUID id, @Nullable String outcome, @Nullable String kind,
                                     @Nullable String amount, @Nullable String reason) {
        var found = assessments.find(id);
        var own = staff.municipalityOf(actor);
        if (found.isEmpty() || own.isEmpty() || !found.get().municipality().equals(own.get())) {
            return List.of(new FieldProblem(null, MunicipalError.ASSESSMENT_NOT_FOUND));
        }
        var a = found.get();
        if (!decides(actor, a.municipality())) return List.of(new FieldProblem(null, MunicipalError.NOT_AID_DECIDER));
        if (a.status() != Assessments.Status.FILED) return List.of(new FieldProblem(null, MunicipalError.ASSESSMENT_NOT_FILED));
        var problems = new ArrayList<FieldProblem>();
        var result = parse(AidDecisions.Outcome.class, outcome);
        if (result == null) problems.add(new FieldProblem("outcome", MunicipalError.AID_OUTCOME_INVALID));
        AidDecisions.Kind granted = null;
        BigDecimal value = null;
        String why = null;
        if (result == AidDecisions.Outcome.GRANTED) {
            granted = parse(AidDecisions.Kind.class, kind);
            if (granted == null) problems.add(new FieldProblem("kind", MunicipalError.AID_KIND_INVALID));
            value = amount(amount);
            if (value == null) problems.add(new FieldProblem("amount", MunicipalError.AID_AMOUNT_INVALID));
        } else if (result == AidDecisions.Outcome.REFUSED) {
            why = reason == null ? "" : reason.strip();
            if (why.isEmpty() || why.length() > 500) problems.add(new FieldProblem("reason", MunicipalError.AID_REASON_REQUIRED));
        }
        if (!problems.isEmpty()) return problems;
        try {
            decisions.insert(new AidDecisions.Decision(id, a.municipality(), result, granted, value, why,
                    actor.username(), clock.instant()));
        } catch (DuplicateKeyException decidedAlready) {
            return List.of(new FieldProblem(null, MunicipalError.AID_ALREADY_DECIDED));
        }
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.aid.decide", null, null,
                "assessment " + id + ": " + result + (granted == null ? "" : " " + granted + " " + value.toPlainString()),
                a.municipality()));
        return List.of();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable BigDecimal amount(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            var value = new BigDecimal(ArabicDigits.toLatin(raw.strip()).replace('٫', '.'));
            if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) return null;
            return value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
