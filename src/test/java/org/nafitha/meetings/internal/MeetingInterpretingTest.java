package org.nafitha.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/** Who a meeting counts as its interpreter, and what the interpreter must accept to join. */
class MeetingInterpretingTest {

    private static final Actor INTERPRETER = new Actor("interpreter1", null, "منى", Set.of(Role.INTERPRETER), "interpreting");
    private static final Actor ANOTHER = new Actor("interpreter2", null, "سارة", Set.of(Role.INTERPRETER), "interpreting");
    private static final Actor NAMED_BUT_NOT_AN_INTERPRETER =
            new Actor("interpreter1", null, "?", Set.of(Role.OFFICIAL), "passports");

    private static Meeting meeting(Meeting.Kind kind, Meeting.Interpreting interpreting) {
        var starts = Instant.parse("2026-12-20T07:00:00Z");
        return new Meeting(UUID.randomUUID(), kind, "B-1", "1000000016", Role.OFFICIAL, "minister-office", starts,
                starts.plus(Duration.ofMinutes(20)), 42, false, null, null, null, null, Meeting.Recording.PLANNED,
                interpreting);
    }

    @Test
    void onlyTheAssignedInterpreterTakesPart() {
        var assigned = meeting(Meeting.Kind.OFFICIAL, new Meeting.Interpreting(true, null, "interpreter1"));
        assertThat(assigned.isInterpreter(INTERPRETER)).isTrue();
        assertThat(assigned.hasParticipant(INTERPRETER)).isTrue();
        assertThat(assigned.hasParticipant(ANOTHER)).isFalse();
        assertThat(assigned.hasParticipant(NAMED_BUT_NOT_AN_INTERPRETER)).as("the name without the role").isFalse();
        var unassigned = meeting(Meeting.Kind.OFFICIAL, Meeting.Interpreting.asked(true, "  "));
        assertThat(unassigned.interpreting().note()).as("a blank note is no note").isNull();
        assertThat(unassigned.hasParticipant(INTERPRETER)).isFalse();
        assertThat(meeting(Meeting.Kind.OFFICIAL, Meeting.Interpreting.asked(false, "ignored")).interpreting())
                .isEqualTo(Meeting.Interpreting.NONE);
    }

    @Test
    void aVideoVisitsInterpreterAcceptsItsRecordingLikeTheFamilyMember() {
        var interpreting = new Meeting.Interpreting(true, null, "interpreter1");
        assertThat(meeting(Meeting.Kind.VIDEO_VISIT, interpreting).needsRecordingAccepted(INTERPRETER)).isTrue();
        assertThat(meeting(Meeting.Kind.OFFICIAL, interpreting).needsRecordingAccepted(INTERPRETER)).isFalse();
    }
}
