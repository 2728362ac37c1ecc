package org.nafitha.municipal.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.municipal.NewBeneficiary;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality files a beneficiary: checked field by field, then matched against the register of
 * all municipalities before it is added, with what was found (links and pairs to review) kept
 * beside it. The same request again (same Idempotency-Key) or the same person filed again by the
 * same municipality answers with the record already there — the database's unique keys decide
 * when two filings race, so two clicks or two field workers make one record.
 */
@Service
public class FilingBeneficiaries {

    public sealed interface Outcome permits Filed, Refused {
    }

    /** {@code existing}: the record was already on file (a replay or the same person again). */
    public record Filed(UUID id, List<Beneficiaries.StoredMatch> matches, boolean existing) implements Outcome {
    }

    public record Refused(List<FieldProblem> problems) implements Outcome {
    }

    private final BeneficiaryChecks checks;
    private final MunicipalStaff staff;
    private final Beneficiaries beneficiaries;
    private final Matching matching;
    private final MunicipalProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FilingBeneficiaries(BeneficiaryChecks checks, MunicipalStaff staff, Beneficiaries beneficiaries, Matching matching,
                        MunicipalProperties properties, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.checks = checks;
        this.staff = staff;
        this.beneficiaries = beneficiaries;
        this.matching = matching;
        this.properties = properties;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Outcome file(Actor actor, NewBeneficiary request, String idempotencyKey) {
        var own = staff.municipalityOf(actor);
        if (own.isEmpty()) return refused(MunicipalError.NOT_MUNICIPAL_STAFF);
        var replay = beneficiaries.byIdempotencyKey(actor.username(), idempotencyKey);
        if (replay.isPresent()) return existing(replay.get());
        var problems = checks.problems(request);
        if (!problems.isEmpty()) return new Refused(problems);
        var checked = checks.checked(request);
        if (!checked.municipality().equals(own.get())) return refused(MunicipalError.NOT_YOUR_MUNICIPALITY);
        var person = checked.person();
        var identity = person.identityKey();
        var already = beneficiaries.byIdentity(checked.municipality(), identity);
        if (already.isPresent()) return existing(already.get());

        var found = matching.match(person, beneficiaries.candidates(person.nationalId(), BlockingKeys.of(person),
                properties.matching().maxCandidates()));
        var record = new Beneficiaries.Beneficiary(UUID.randomUUID(), checked.municipality(), person, actor.username(),
                clock.instant());
        try {
            transaction.executeWithoutResult(tx -> {
                beneficiaries.insert(record, identity, idempotencyKey);
                beneficiaries.insertMatches(record.id(), found);
                audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.beneficiary.file",
                        person.nationalId(), null, "beneficiary " + record.id() + ", " + found.size() + " match(es)",
                        checked.municipality()));
            });
        } catch (DuplicateKeyException raced) {
            // Filed at the same moment by another request: the one that got in is the record.
            return beneficiaries.byIdempotencyKey(actor.username(), idempotencyKey)
                    .or(() -> beneficiaries.byIdentity(checked.municipality(), identity))
                    .map(this::existing).orElseThrow(() -> raced);
        }
        return new Filed(record.id(), beneficiaries.matchesOf(record.id()), false);
    }

    private Filed existing(UUID id) {
        return new Filed(id, beneficiaries.matchesOf(id), true);
    }

    private static Refused refused(MunicipalError error) {
        return new Refused(List.of(new FieldProblem(null, error)));
    }
}
