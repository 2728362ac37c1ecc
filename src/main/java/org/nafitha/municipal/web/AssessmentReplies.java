package org.nafitha.municipal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.nafitha.municipal.internal.AidDecisions;
import org.nafitha.municipal.internal.Beneficiaries;
import org.nafitha.municipal.internal.FilingAssessments;
import org.nafitha.municipal.internal.FormField;
import org.nafitha.municipal.internal.Households;
import org.springframework.stereotype.Component;

/**
 * An assessment as the assessments API answers it: filed (each member's record in the register and
 * its matches, each match with the municipality that holds it), or read back whole with the aid decided.
 */
@Component
class AssessmentReplies {

    record MatchJson(UUID id, String municipality, double score, MatchDecision decision, String explanation) {
    }

    record MemberJson(int number, UUID beneficiaryId, boolean existing, @Nullable Map<String, Object> answers,
                      List<MatchJson> matches) {
    }

    record HelpedJson(int member, String municipality, AidDecisions.Kind kind, @Nullable BigDecimal amount,
                      Instant decidedAt, @Nullable MatchDecision how) {
    }

    record DecisionJson(AidDecisions.Outcome outcome, AidDecisions.@Nullable Kind kind, @Nullable BigDecimal amount,
                        @Nullable String reason, String decidedBy, Instant decidedAt) {
    }

    record FiledJson(UUID id, List<MemberJson> members) {
    }

    record AssessmentJsonOut(UUID id, String form, int version, String municipality, @Nullable Instant filedAt,
                             Map<String, Object> answers, List<MemberJson> members, List<HelpedJson> helpedElsewhere,
                             @Nullable DecisionJson decision) {
    }

    private final Beneficiaries beneficiaries;

    AssessmentReplies(Beneficiaries beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    FiledJson filed(FilingAssessments.Filed f) {
        return new FiledJson(f.id(), f.members().stream().map(m -> new MemberJson(m.number(), m.beneficiary(),
                m.existing(), null, m.matches().stream().map(this::json).toList())).toList());
    }

    AssessmentJsonOut household(Households.Household h) {
        var a = h.assessment();
        var form = h.form();
        var memberFields = form.members() == null ? List.<FormField>of()
                : form.members().fields();
        var members = h.members().stream().map(m -> new MemberJson(m.number(), m.beneficiary(), m.existing(),
                AssessmentJson.out(m.answers(), memberFields),
                beneficiaries.matchesOf(m.beneficiary()).stream().map(this::json).toList())).toList();
        var d = h.decision();
        return new AssessmentJsonOut(a.id(), a.formId(), a.formVersion(), a.municipality(), a.filedAt(),
                AssessmentJson.out(a.answers().fields(), form.fields()), members,
                h.helpedElsewhere().stream().map(x -> new HelpedJson(x.member(), x.municipality(), x.kind(), x.amount(),
                        x.decidedAt(), x.how())).toList(),
                d == null ? null : new DecisionJson(d.outcome(), d.kind(), d.amount(), d.reason(), d.decidedBy(), d.decidedAt()));
    }

    private MatchJson json(Beneficiaries.StoredMatch m) {
        var where = beneficiaries.find(m.candidate()).map(b -> b.municipality()).orElse("");
        return new MatchJson(m.candidate(), where, m.score(), m.decision(), m.explanation());
    }
}
