package org.nafitha.meetings;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.nafitha.ApiClient;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * Books a video meeting with the minister as it happens: the person asks through the API, the
 * minister's office accepts into a private slot it publishes, and the meetings module makes the room.
 */
public record BookedMeetings(ApiClient api, Officials officials, MeetingRequests requests) {

    public static final String OFFICE_STAFF = "minister-office1";
    public static final Actor OFFICE = new Actor(OFFICE_STAFF, null, "عبد الله بن فهد السلمي", Set.of(Role.OFFICIAL), "minister-office");

    /** A meeting of {@code minutes} starting at {@code startsAt} (to the second, kept apart from other slots). */
    public UUID book(String person, Instant startsAt, int minutes) {
        return book(person, startsAt, minutes, "");
    }

    /**
     * The same, the request saying whether the person asks for a sign-language interpreter ({@code null}: the
     * request does not say, so the person's recorded needs do).
     */
    public UUID book(String person, Instant startsAt, int minutes, @Nullable Boolean interpreter, String note) {
        return book(person, startsAt, minutes, (interpreter == null ? "" : ",\"interpreter\":" + interpreter)
                + (note.isEmpty() ? "" : ",\"interpreterNote\":\"" + note + "\""));
    }

    private UUID book(String person, Instant startsAt, int minutes, String more) {
        var sent = api.post("/api/v1/meeting-requests", api.login(person), """
                {"official":"minister","subject":"أرغب في مناقشة تأخر معاملة لمّ الشمل","mode":"VIDEO"%s}""".formatted(more),
                "Idempotency-Key", UUID.randomUUID().toString());
        if (sent.status() != 201) throw new IllegalStateException(sent.raw().body());
        var id = UUID.fromString(sent.text("id"));
        var slot = freeSlot(startsAt, minutes);
        var decision = requests.accept(OFFICE, officials.request(id).orElseThrow(), slot.id());
        if (decision != MeetingRequests.Decision.ACCEPTED) throw new IllegalStateException(decision.name());
        var token = api.login(person);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/meetings/" + id, token).status() == 200);
        return id;
    }

    /**
     * A private slot of the minister's at a second near {@code startsAt} that no other test holds: the
     * same second may already be published (and taken) by a test that ran before.
     */
    private Session freeSlot(Instant startsAt, int minutes) {
        for (int attempt = 0; attempt < 20; attempt++) {
            var starts = startsAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(ThreadLocalRandom.current().nextInt(1, 50));
            officials.publish("minister", Session.Kind.PRIVATE, starts, minutes, "مكتب الوزير", "The minister's office");
            var free = officials.freeSlots("minister", starts.minusSeconds(1)).stream()
                    .filter(s -> s.startsAt().equals(starts) && s.minutes() == minutes).findFirst();
            if (free.isPresent()) return free.get();
        }
        throw new IllegalStateException("no free slot for the minister near " + startsAt);
    }
}
