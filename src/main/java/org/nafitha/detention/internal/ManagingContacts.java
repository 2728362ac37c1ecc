package org.nafitha.detention.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalId;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Relation;
import org.nafitha.identity.Actor;
import org.nafitha.registers.CivilRegister;
import org.nafitha.registers.CivilRelations;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The detainee names contacts through staff; another member of staff approves (never the one who
 * proposed). A relative must be the claimed kin in the civil register. Withdrawing ends following at once.
 */
@Service
public class ManagingContacts {

    private final Detainees detainees;
    private final DetaineeContacts contacts;
    private final CivilRelations relations;
    private final CivilRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    ManagingContacts(Detainees detainees, DetaineeContacts contacts, CivilRelations relations, CivilRegister register,
                     AuditTrail audit, Clock clock) {
        this.detainees = detainees;
        this.contacts = contacts;
        this.relations = relations;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<DetentionError> propose(Actor staff, UUID detainee, NationalId person, Relation relation) {
        var d = detainees.find(detainee).filter(x -> x.facility().equals(staff.department())).orElse(null);
        if (d == null) return Optional.of(DetentionError.NOT_FOUND);
        var kin = relation.kinship();
        if (kin.isPresent() && !relations.of(d.nationalId(), person).equals(kin)) {
            return Optional.of(DetentionError.NOT_A_RELATIVE);
        }
        if (contacts.find(detainee, person.value()).isPresent()) return Optional.of(DetentionError.CONTACT_EXISTS);
        var name = register.find(person).map(r -> r.fullNameAr()).orElse(person.value());
        contacts.propose(detainee, person.value(), name, relation, staff.username(), clock.instant());
        audit(staff, d, "detention.contact.propose", relation + " " + person.value());
        return Optional.empty();
    }

    @Transactional
    public Optional<DetentionError> approve(Actor staff, UUID contact) {
        return move(staff, contact, Contact.Status.PROPOSED, Contact.Status.APPROVED, true);
    }

    @Transactional
    public Optional<DetentionError> withdraw(Actor staff, UUID contact) {
        return move(staff, contact, null, Contact.Status.WITHDRAWN, false);
    }

    private Optional<DetentionError> move(Actor staff, UUID id, Contact.@Nullable Status from, Contact.Status to, boolean fourEyes) {
        var c = contacts.find(id).orElse(null);
        var d = c == null ? null : detainees.find(c.detainee()).filter(x -> x.facility().equals(staff.department())).orElse(null);
        if (c == null || d == null) return Optional.of(DetentionError.NOT_FOUND);
        if ((from != null && c.status() != from) || c.status() == to) return Optional.of(DetentionError.ALREADY_DECIDED);
        if (fourEyes && c.proposedBy().equals(staff.username())) return Optional.of(DetentionError.FOUR_EYES);
        if (!contacts.move(c, to, staff.username())) return Optional.of(DetentionError.ALREADY_DECIDED);
        audit(staff, d, "detention.contact." + to.name().toLowerCase(), c.relation() + " " + c.person());
        return Optional.empty();
    }

    private void audit(Actor staff, Detainee d, String action, String reason) {
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), action, d.nationalId().value(),
                d.fileNumber(), reason, staff.department()));
    }
}
