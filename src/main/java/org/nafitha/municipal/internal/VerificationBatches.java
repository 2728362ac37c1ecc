package org.nafitha.municipal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.MunicipalError;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * Several registrations at once: ticked on the queue and proposed verified together (one batch),
 * then confirmed together by a second, different person — or each on its own. Every registration
 * is decided in its own transaction, so one already refused meanwhile does not hold up the rest,
 * and each answer is reported.
 */
@Service
public class VerificationBatches {

    /** {@code results}: for each registration, null when done, else why not. */
    public record Outcome(@Nullable UUID batch, Map<UUID, @Nullable MunicipalError> results) {

        public long done() {
            return results.values().stream().filter(e -> e == null).count();
        }

        public Map<UUID, MunicipalError> refused() {
            var refused = new LinkedHashMap<UUID, MunicipalError>();
            results.forEach((id, e) -> {
                if (e != null) refused.put(id, e);
            });
            return refused;
        }
    }

    private final VerifyingRegistrations verifying;
    private final RegistrationQueue queue;

    VerificationBatches(VerifyingRegistrations verifying, RegistrationQueue queue) {
        this.verifying = verifying;
        this.queue = queue;
    }

    public Outcome propose(Actor actor, List<UUID> ids) {
        var batch = UUID.randomUUID();
        var results = new LinkedHashMap<UUID, @Nullable MunicipalError>();
        for (var id : ids.stream().distinct().toList()) {
            results.put(id, verifying.propose(actor, id, batch));
        }
        return new Outcome(results.containsValue(null) ? batch : null, results);
    }

    /** Confirms each registration named; a proposal of the actor's own is refused (four eyes). */
    public Outcome confirm(Actor actor, List<UUID> ids) {
        var results = new LinkedHashMap<UUID, @Nullable MunicipalError>();
        for (var id : ids.stream().distinct().toList()) {
            results.put(id, confirmOne(actor, id));
        }
        return new Outcome(null, results);
    }

    /** Confirms every registration of the batch still waiting. */
    public Outcome confirmBatch(Actor actor, UUID batch) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return new Outcome(batch, Map.of(batch, MunicipalError.NOT_MUNICIPAL_AFFAIRS));
        var waiting = queue.waitingIn(batch);
        if (waiting.isEmpty()) return new Outcome(batch, Map.of(batch, MunicipalError.ALREADY_DECIDED));
        return new Outcome(batch, confirm(actor, waiting).results());
    }

    /**
     * Two people confirming the same registration at once: the database lets one update it; on
     * PostgreSQL the other's update finds it no longer waiting, on H2 it may be refused outright —
     * both mean the same: it was decided meanwhile.
     */
    private @Nullable MunicipalError confirmOne(Actor actor, UUID id) {
        try {
            return verifying.confirm(actor, id);
        } catch (ConcurrencyFailureException decidedMeanwhile) {
            return MunicipalError.ALREADY_DECIDED;
        }
    }
}
