package org.nafitha.contactcentre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/** Who may write in and close a conversation, in every state. */
class ConversationTest {

    private static final Actor NOURA = new Actor("1000000016", "1000000016", "نورة", Set.of(Role.APPLICANT), null);
    private static final Actor AHMED = new Actor("1000000008", "1000000008", "أحمد", Set.of(Role.APPLICANT), null);
    private static final Actor CENTRE = new Actor("commcentre1", null, "رهف", Set.of(Role.AGENT), Conversation.CENTRE);
    private static final Actor HOTLINE = new Actor("agent1", null, "فهد", Set.of(Role.AGENT), null);
    private static final Actor OFFICER = new Actor("officer1", null, "خالد", Set.of(Role.OFFICER), "passports");

    private static Conversation in(Conversation.Status status) {
        var now = Instant.parse("2026-11-30T08:00:00Z");
        return new Conversation(UUID.randomUUID(), "WR-ABCDEFGH", NOURA.nationalId(), "استفسار", null, status, now, now);
    }

    @Test
    void thePersonAndTheCentreWriteWhileItIsOpen() {
        for (var status : new Conversation.Status[]{Conversation.Status.WAITING, Conversation.Status.ANSWERED}) {
            assertThat(in(status).refusalToWrite(NOURA)).isNull();
            assertThat(in(status).refusalToWrite(CENTRE)).isNull();
        }
    }

    @Test
    void nobodyElseWritesNotEvenOtherStaff() {
        for (var other : new Actor[]{AHMED, HOTLINE, OFFICER}) {
            assertThat(in(Conversation.Status.WAITING).refusalToWrite(other)).isEqualTo(Conversation.Refusal.NOT_YOURS);
        }
    }

    @Test
    void aClosedConversationTakesNoMessageAndClosesOnce() {
        assertThat(in(Conversation.Status.CLOSED).refusalToWrite(NOURA)).isEqualTo(Conversation.Refusal.CLOSED);
        assertThat(in(Conversation.Status.CLOSED).refusalToWrite(CENTRE)).isEqualTo(Conversation.Refusal.CLOSED);
        assertThat(in(Conversation.Status.CLOSED).refusalToClose(CENTRE)).isEqualTo(Conversation.Refusal.CLOSED);
    }

    @Test
    void onlyTheCentreCloses() {
        assertThat(in(Conversation.Status.ANSWERED).refusalToClose(CENTRE)).isNull();
        assertThat(in(Conversation.Status.ANSWERED).refusalToClose(NOURA)).isEqualTo(Conversation.Refusal.NOT_YOURS);
        assertThat(in(Conversation.Status.ANSWERED).refusalToClose(HOTLINE)).isEqualTo(Conversation.Refusal.NOT_YOURS);
    }
}
