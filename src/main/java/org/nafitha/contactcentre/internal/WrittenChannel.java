package org.nafitha.contactcentre.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.contactcentre.ConversationAnswered;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written channel's use cases: a person opens a conversation ({@link OpeningConversations}) and
 * writes in it; the centre's staff read it (each reading audited as a look at the person's data),
 * answer and close it; the person hears of an answer through {@link ConversationAnswered}.
 */
@Service
public class WrittenChannel {

    private final Conversations conversations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WrittenChannel(Conversations conversations, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
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
        var problem = WrittenText.body(body);
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
}
