package org.nafitha.detention.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.country.NationalId;
import org.nafitha.registers.CivilRelations;
import org.springframework.stereotype.Service;

/**
 * Who may follow whom: an approved contact whose claimed kinship the civil register still shows
 * (a lawyer or an embassy needs only the approval). Anything else is as if the detainee did not exist.
 */
@Service
public class Following {

    private final Detainees detainees;
    private final DetaineeContacts contacts;
    private final CivilRelations relations;

    Following(Detainees detainees, DetaineeContacts contacts, CivilRelations relations) {
        this.detainees = detainees;
        this.contacts = contacts;
        this.relations = relations;
    }

    public Optional<Followed> follow(String person, UUID detainee) {
        return contacts.find(detainee, person).filter(c -> c.status() == Contact.Status.APPROVED)
                .flatMap(c -> detainees.find(detainee).filter(d -> verified(d, c)).map(d -> new Followed(d, c.relation())));
    }

    public List<Followed> followedBy(String person) {
        return contacts.approvedFor(person).stream()
                .flatMap(c -> detainees.find(c.detainee()).filter(d -> verified(d, c))
                        .map(d -> new Followed(d, c.relation())).stream())
                .sorted((a, b) -> a.detainee().nameAr().compareTo(b.detainee().nameAr()))
                .toList();
    }

    private boolean verified(Detainee d, Contact c) {
        return c.relation().kinship()
                .map(kinship -> relations.of(d.nationalId(), new NationalId(c.person())).filter(kinship::equals).isPresent())
                .orElse(true);
    }
}
