package org.nafitha.detention.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.nafitha.detention.DetentionError;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follower asks for something for a detainee. The same idempotency key returns the first request;
 * anything not followable is {@link DetentionError#NOT_FOUND}, as if the detainee did not exist.
 */
@Service
public class SubmittingRequests {

    public sealed interface Result {
    }

    public record Submitted(DetentionRequest request, boolean replayed) implements Result {
    }

    /** Every field missing at once, or the one rule broken. */
    public record Rejected(List<DetentionError> errors) implements Result {
    }

    private final Following following;
    private final Detainees detainees;
    private final DetentionRequests requests;
    private final FiledRequests filed;
    private final RequestRules rules;
    private final AuditTrail audit;
    private final AccessibilityNeeds needs;
    private final Clock clock;

    SubmittingRequests(Following following, Detainees detainees, DetentionRequests requests, FiledRequests filed,
                       RequestRules rules, AuditTrail audit, AccessibilityNeeds needs, Clock clock) {
        this.needs = needs;
        this.following = following;
        this.detainees = detainees;
        this.requests = requests;
        this.filed = filed;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result submit(Actor actor, UUID detainee, Submission s, String key) {
        var person = actor.nationalId();
        var followed = person == null ? null : following.follow(person, detainee).orElse(null);
        if (followed == null) return new Rejected(List.of(DetentionError.NOT_FOUND));
        var earlier = requests.byKey(person, key);
        if (earlier.isPresent()) return new Submitted(earlier.get(), true);
        var missing = s.missing();
        if (!missing.isEmpty()) return new Rejected(missing);
        detainees.lock(detainee);
        var d = followed.detainee();
        var broken = rules.check(d, s);
        if (broken.isPresent()) return new Rejected(List.of(broken.get()));
        var now = clock.instant();
        // an interpreter joins a video visit's call; when the family member did not say, their recorded needs do
        var interpreter = s.type() == RequestType.VIDEO_VISIT
                && (s.interpreter() != null ? s.interpreter() : signs(person));
        var note = interpreter && s.interpreterNote() != null && !s.interpreterNote().isBlank()
                ? s.interpreterNote().strip() : null;
        var reference = "TWS-%d-%06d".formatted(clock.instant().atZone(clock.getZone()).getYear(), filed.nextNumber());
        if (!filed.insert(new FiledRequests.NewRequest(reference, d.id(), d.facility(), person,
                followed.relation(), s.type(), s.visitOn(), s.details(), s.occasion(), s.amountMinor(),
                s.documentName(), s.document(), key, now, interpreter, note))) {
            return new Submitted(requests.byKey(person, key).orElseThrow(), true);
        }
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "detention.request.submit",
                d.nationalId().value(), reference, s.type().name()));
        return new Submitted(requests.find(reference).orElseThrow(), false);
    }

    /** Whether the person recorded that they need a sign-language interpreter: a video visit's preset. */
    public boolean signs(String person) {
        return needs.of(person).stream().anyMatch(n -> n.need() == AccessibilityNeeds.Need.SIGN_LANGUAGE);
    }
}
