package org.nafitha.contactcentre.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.contactcentre.ConversationAnswered;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written channel's use cases: a person opens a conversation and writes in it; the centre's
 * staff read it (each reading audited as a look at the person's data), answer and close it; the
 * person hears of an answer through {@link ConversationAnswered}.
 */
@Service
public class WrittenChannel {

    public static final int TOPIC_LENGTH = 150;
    public static final int BODY_LENGTH = 4000;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Conversations conversations;
    private final CaseParties parties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WrittenChannel(Conversations conversations, CaseParties parties, AuditTrail audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.conversations = conversations;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the person typed to open a conversation. */
    public record Opening(String topic, String caseReference, String body) {
    }

    /** Each problem names the field and the message {@code contactcentre.commcentre.error.<code>}. */
    public record Problem(String field, String code) {
    }

    public sealed interface Opened permits Started, Refused {
    }

    public record Started(String reference) implements Opened {
    }

    public record Refused(List<Problem> problems) implements Opened {
    }

    @Transactional
    public Opened open(Actor person, Opening opening) {
        var problems = new ArrayList<Problem>();
        var topic = opening.topic().strip();
        if (topic.isEmpty()) problems.add(new Problem("topic", "topic-empty"));
        else if (topic.length() > TOPIC_LENGTH) problems.add(new Problem("topic", "topic-long"));
        CaseReference reference = null;
        if (!opening.caseReference().isBlank()) {
            var parsed = CaseReference.parse(opening.caseReference());
            if (parsed.isEmpty()) problems.add(new Problem("caseReference", "case-format"));
            else if (!parties.mayCite(person, parsed.get())) problems.add(new Problem("caseReference", "case-not-yours"));
            else reference = parsed.get();
        }
        bodyProblem(opening.body()).ifPresent(problems::add);
        if (person.nationalId() == null) problems.add(new Problem("topic", "not-a-person"));
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

    /** The person's own conversation; empty for anyone else's, as if it did not exist. */
    public Optional<Conversation> mine(Actor person, String reference) {
        return conversations.find(reference).filter(c -> c.ownedBy(person));
    }

    public List<Conversation> mine(Actor person) {
        return person.nationalId() == null ? List.of() : conversations.of(person.nationalId());
    }

    /** A conversation opened by the centre's staff: audited, as every look at a person's data. */
    @Transactional
    public Optional<Conversation> readAsStaff(Actor staff, String reference) {
        if (!Conversation.centreStaff(staff)) return Optional.empty();
        var found = conversations.find(reference);
        found.ifPresent(c -> audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(),
                "commcentre.conversation-read", c.person(), c.caseReference(), c.reference(), staff.department())));
        return found;
    }

    /** The centre's inbox: the topics and how long they wait, not whose they are. */
    public List<Conversation> inbox(Actor staff) {
        return Conversation.centreStaff(staff) ? conversations.open(200) : List.of();
    }

    public List<Conversation.Message> messages(Conversation conversation) {
        return conversations.messages(conversation);
    }

    public sealed interface Written permits Added, NotAdded {
    }

    public record Added() implements Written {
    }

    /** {@code messageKey}: why not; {@code field} is set when the text itself was the problem. */
    public record NotAdded(String messageKey, @Nullable String field) implements Written {
    }

    /** The person (or the centre's staff) writes in the conversation. */
    @Transactional
    public Written write(Actor actor, Conversation conversation, String body) {
        var refusal = conversation.refusalToWrite(actor);
        if (refusal != null) return new NotAdded(refusal.messageKey(), null);
        var problem = bodyProblem(body);
        if (problem.isPresent()) return new NotAdded("contactcentre.commcentre.error." + problem.get().code(), "body");
        var staff = !conversation.ownedBy(actor);
        var now = clock.instant();
        var next = staff ? Conversation.Status.ANSWERED : Conversation.Status.WAITING;
        if (!conversations.moveTo(conversation, next, now)) return new NotAdded(Conversation.Refusal.CLOSED.messageKey(), null);
        conversations.add(conversation, actor.username(), staff, body.strip(), now);
        if (staff) {
            audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "commcentre.answered",
                    conversation.person(), conversation.caseReference(), conversation.reference(), actor.department()));
            events.publishEvent(new ConversationAnswered(conversation.reference(), conversation.person(), now));
        }
        return new Added();
    }

    @Transactional
    public Optional<Conversation.Refusal> close(Actor staff, Conversation conversation) {
        var refusal = conversation.refusalToClose(staff);
        if (refusal != null) return Optional.of(refusal);
        if (!conversations.close(conversation, staff.username(), clock.instant())) {
            return Optional.of(Conversation.Refusal.CLOSED);
        }
        audit.record(new AuditEntry(staff.username(), staff.primaryRole().name(), "commcentre.closed",
                conversation.person(), conversation.caseReference(), conversation.reference(), staff.department()));
        return Optional.empty();
    }

    private static Optional<Problem> bodyProblem(String body) {
        var text = body.strip();
        if (text.isEmpty()) return Optional.of(new Problem("body", "body-empty"));
        if (text.length() > BODY_LENGTH) return Optional.of(new Problem("body", "body-long"));
        return Optional.empty();
    }

    private String newReference() {
        var code = new StringBuilder("WR-");
        for (int i = 0; i < 8; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }
}
