package org.nafitha.contactcentre.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person opens a conversation with the communication centre: a topic, the case it is about if any
 * (one they may cite), and the first message; it gets a reference of its own ({@code WR-} and eight
 * letters and digits that cannot be mistaken for one another).
 */
@Service
public class OpeningConversations {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Conversations conversations;
    private final CaseParties parties;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OpeningConversations(Conversations conversations, CaseParties parties, AuditTrail audit, Clock clock) {
        this.conversations = conversations;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the person typed to open a conversation. */
    public record Opening(String topic, String caseReference, String body) {
    }

    public sealed interface Opened permits Started, Refused {
    }

    public record Started(String reference) implements Opened {
    }

    public record Refused(List<WrittenText.Problem> problems) implements Opened {
    }

    @Transactional
    public Opened open(Actor person, Opening opening) {
        var problems = new ArrayList<WrittenText.Problem>();
        var topic = opening.topic().strip();
        WrittenText.topic(topic).ifPresent(problems::add);
        CaseReference reference = null;
        if (!opening.caseReference().isBlank()) {
            var parsed = CaseReference.parse(opening.caseReference());
            if (parsed.isEmpty()) problems.add(new WrittenText.Problem("caseReference", "case-format"));
            else if (!parties.mayCite(person, parsed.get())) problems.add(new WrittenText.Problem("caseReference", "case-not-yours"));
            else reference = parsed.get();
        }
        WrittenText.body(opening.body()).ifPresent(problems::add);
        if (person.nationalId() == null) problems.add(new WrittenText.Problem("topic", "not-a-person"));
        if (!problems.isEmpty()) return new Refused(problems);
        var now = clock.instant();
        var conversation = new Conversation(UUID.randomUUID(), newReference(), person.nationalId(), topic,
                reference == null ? null : reference.value(), Conversation.Status.WAITING, now, now);
        conversations.insert(conversation);
        conversations.add(conversation, person.username(), false, opening.body().strip(), now);
        audit.record(new AuditEntry(person.username(), Role.APPLICANT.name(), "commcentre.conversation-opened",
                person.nationalId(), conversation.caseReference(), conversation.reference()));
        return new Started(conversation.reference());
    }

    private String newReference() {
        var code = new StringBuilder("WR-");
        for (int i = 0; i < 8; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }
}
