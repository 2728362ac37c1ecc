package org.nafitha.identity.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Service;

/**
 * Whether someone may act for another in a service: a mandate given to them that is usable and covers
 * the service, or a relation the registers imply ({@link ImpliedMandates}) that covers its sector.
 */
@Service
class MandateChecks implements Mandates {

    private final JdbcMandates mandates;
    private final ImpliedMandates implied;
    private final Catalogue catalogue;
    private final Clock clock;

    MandateChecks(JdbcMandates mandates, ImpliedMandates implied, Catalogue catalogue, Clock clock) {
        this.mandates = mandates;
        this.implied = implied;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public MandateCheck check(Actor actor, String principal, String serviceCode) {
        if (principal.equals(actor.nationalId())) return new MandateCheck.Self();
        if (actor.nationalId() == null) return new MandateCheck.Refused(MandateCheck.Reason.NONE);
        var candidates = mandates.between(actor.nationalId(), principal);
        var relations = implied.between(actor.nationalId(), principal);
        var now = clock.instant();
        var usable = candidates.stream().filter(m -> m.usable(now)).toList();
        var inScope = usable.stream().filter(m -> m.covers(serviceCode)).findFirst();
        if (inScope.isPresent()) return new MandateCheck.Granted(inScope.get().id(), inScope.get().basis());
        var sector = sectorOf(serviceCode);
        var relation = relations.stream().filter(r -> r.covers(sector)).findFirst();
        if (relation.isPresent()) {
            return new MandateCheck.Granted(relation.get().id(actor.nationalId()), relation.get().basis());
        }
        if (!usable.isEmpty() || relations.stream().anyMatch(r -> !r.ended())) {
            return new MandateCheck.Refused(MandateCheck.Reason.OUT_OF_SCOPE);
        }
        if (candidates.stream().anyMatch(m -> m.revokedAt() != null) || relations.stream().anyMatch(r -> r.ended())) {
            return new MandateCheck.Refused(MandateCheck.Reason.REVOKED);
        }
        return new MandateCheck.Refused(candidates.isEmpty() ? MandateCheck.Reason.NONE : MandateCheck.Reason.EXPIRED);
    }

    @Override
    public List<Represented> representedBy(Actor actor, String serviceCode) {
        if (actor.nationalId() == null) return List.of();
        var now = clock.instant();
        var sector = sectorOf(serviceCode);
        var explicit = mandates.heldBy(actor.nationalId()).stream()
                .filter(m -> m.usable(now) && m.covers(serviceCode))
                .map(m -> new Represented(m.principal(), m.principalNameAr(), m.principalNameEn(), m.basis()));
        var fromRegisters = implied.of(actor.nationalId()).stream().filter(r -> r.covers(sector))
                .map(r -> new Represented(r.principal(), r.nameAr(), r.nameEn(), r.basis()));
        var seen = new HashSet<String>();
        return Stream.concat(explicit, fromRegisters).filter(r -> seen.add(r.nationalId())).toList();
    }

    private String sectorOf(String serviceCode) {
        return catalogue.find(serviceCode).map(s -> s.sector()).orElse("");
    }
}
