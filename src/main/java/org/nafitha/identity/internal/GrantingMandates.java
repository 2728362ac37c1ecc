package org.nafitha.identity.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalIds;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving a mandate: a person for themselves (SELF), or a sponsor — a person or the owner of a
 * sponsoring company — for a resident it sponsors (SPONSOR, {@link Sponsorships}), to a delegate known
 * to the register.
 */
@Service
public class GrantingMandates {

    private final JdbcMandates mandates;
    private final NationalIds nationalIds;
    private final CivilRegister civil;
    private final Sponsorships sponsorships;
    private final MandateTerms terms;
    private final AuditTrail audit;
    private final Clock clock;

    GrantingMandates(JdbcMandates mandates, NationalIds nationalIds, CivilRegister civil, Sponsorships sponsorships,
                     MandateTerms terms, AuditTrail audit, Clock clock) {
        this.mandates = mandates;
        this.nationalIds = nationalIds;
        this.civil = civil;
        this.sponsorships = sponsorships;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    /** Field → message key of each problem; empty when the mandate was granted. */
    @Transactional
    public Map<String, String> grant(Actor actor, String rawDelegate, String forWhom, List<String> services, String rawUntil) {
        return grant(actor, rawDelegate, forWhom, services, rawUntil, null).errors();
    }

    /** The problems (field → message key), or the mandate given (none when there were problems). */
    public record Granted(Map<String, String> errors, @Nullable UUID mandate) {
    }

    /**
     * As {@link #grant(Actor, String, String, List, String)}, once per {@code key}: the same key again
     * answers the mandate given the first time, without giving another.
     */
    @Transactional
    public Granted grant(Actor actor, String rawDelegate, String forWhom, List<String> services, String rawUntil,
                  @Nullable String key) {
        var scopedKey = key == null ? null : actor.nationalId() + ":" + key;
        if (scopedKey != null) {
            var given = mandates.grantedUnder(scopedKey);
            if (given.isPresent()) return new Granted(Map.of(), given.get());
        }
        var errors = new LinkedHashMap<String, String>();
        var me = actor.nationalId();
        var delegate = nationalIds.check(rawDelegate);
        if (!(delegate instanceof NationalIds.Valid valid)) {
            errors.put("delegate", "identity.mandates.delegate.invalid");
        } else if (valid.id().value().equals(me) || civil.find(valid.id()).isEmpty()) {
            errors.put("delegate", "identity.mandates.delegate.unknown");
        }
        var principal = "self".equals(forWhom) ? me : ArabicDigits.digitsOnly(forWhom);
        String grantedBy = me;
        if (!principal.equals(me)) {
            var sponsor = sponsorships.sponsorOf(principal, me);
            if (sponsor.isEmpty()) {
                errors.put("forWhom", "identity.mandates.forWhom.notSponsored");
            } else {
                grantedBy = sponsor.get();
            }
        }
        terms.checkServices(services, errors);
        var end = terms.end(rawUntil, errors);
        if (!errors.isEmpty()) return new Granted(errors, null);
        var delegateId = ((NationalIds.Valid) delegate).id().value();
        var written = mandates.grant(principal, delegateId, grantedBy, principal.equals(me) ? "SELF" : "SPONSOR", services,
                clock.instant(), end, scopedKey);
        if (written) {
            audit.record(new AuditEntry(actor.username(), "APPLICANT", "identity.mandate.grant", principal, null,
                    "to " + delegateId + " for " + services));
        }
        return new Granted(errors, scopedKey == null ? null : mandates.grantedUnder(scopedKey).orElseThrow());
    }
}
