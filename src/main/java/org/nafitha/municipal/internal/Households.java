package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.springframework.stereotype.Component;

/**
 * A filed household as the people deciding its aid see it: each member with what the register's
 * matcher made of them (a new record, one already on file, a link or a pair to review with which
 * municipality's record), the aid another municipality already granted to any of them — flagged,
 * for people to weigh, never refused by itself — and the decision when there is one.
 */
@Component
public class Households {

    public record Household(Assessments.Assessment assessment, AssessmentForm form, List<Member> members,
                            List<HelpedElsewhere> helpedElsewhere, AidDecisions.@Nullable Decision decision) {
    }

    public record Member(int number, Map<String, String> answers, UUID beneficiary, boolean existing, List<Seen> matches) {
    }

    /** A record the matcher paired with the member, and the municipality that filed it. */
    public record Seen(UUID candidate, String municipality, MatchDecision decision, double score) {
    }

    /** {@code how}: LINK (the same person) or REVIEW (may be); null when it is the member's own record. */
    public record HelpedElsewhere(int member, String municipality, AidDecisions.Kind kind, @Nullable BigDecimal amount,
                                  Instant decidedAt, @Nullable MatchDecision how) {
    }

    /** How a record in the register reaches a member: the member's own record, or paired with it. */
    private record Via(int member, @Nullable MatchDecision how) {
    }

    private final Assessments assessments;
    private final AssessmentForms forms;
    private final Beneficiaries beneficiaries;
    private final AidDecisions decisions;

    Households(Assessments assessments, AssessmentForms forms, Beneficiaries beneficiaries, AidDecisions decisions) {
        this.assessments = assessments;
        this.forms = forms;
        this.beneficiaries = beneficiaries;
        this.decisions = decisions;
    }

    /** A filed assessment, read with the form version it was filed with. */
    public Household of(Assessments.Assessment a) {
        var form = forms.version(a.formId(), a.formVersion()).orElseThrow(
                () -> new IllegalStateException("form " + a.formId() + " v" + a.formVersion() + " is no longer shipped"));
        var members = new ArrayList<Member>();
        var sameAs = new HashMap<UUID, Via>();
        for (var filed : assessments.members(a.id())) {
            var seen = beneficiaries.matchesOf(filed.beneficiary()).stream()
                    .map(m -> new Seen(m.candidate(), municipalityOf(m.candidate()), m.decision(), m.score())).toList();
            var answers = filed.number() < a.answers().members().size() ? a.answers().members().get(filed.number()) : Map.<String, String>of();
            members.add(new Member(filed.number(), answers, filed.beneficiary(), filed.existing(), seen));
            sameAs.putIfAbsent(filed.beneficiary(), new Via(filed.number(), null));
            for (var pair : decisions.pairedWith(filed.beneficiary())) {
                sameAs.putIfAbsent(pair.other(), new Via(filed.number(), pair.decision()));
            }
        }
        var helped = decisions.grantedElsewhere(sameAs.keySet(), a.municipality()).stream()
                .map(g -> new HelpedElsewhere(sameAs.get(g.beneficiary()).member(), g.municipality(), g.kind(), g.amount(),
                        g.decidedAt(), sameAs.get(g.beneficiary()).how()))
                .toList();
        return new Household(a, form, List.copyOf(members), helped, decisions.of(a.id()).orElse(null));
    }

    private String municipalityOf(UUID beneficiary) {
        return beneficiaries.find(beneficiary).map(Beneficiaries.Beneficiary::municipality).orElse("");
    }
}
