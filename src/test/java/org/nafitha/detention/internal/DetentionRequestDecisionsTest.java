package org.nafitha.detention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Relation;
import org.nafitha.detention.RequestStatus;
import org.nafitha.detention.RequestType;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/** The whole decision table of a family's request: every type × status × prison role, approving and refusing. */
class DetentionRequestDecisionsTest {

    private static DetentionRequest request(RequestType type, RequestStatus status, @Nullable String proposedBy) {
        return new DetentionRequest(UUID.randomUUID(), "TWS-2026-000001", UUID.randomUUID(), "ruh-malaz", "1000000008",
                Relation.SIBLING, type, status, null, null, null, null, null, proposedBy, null, null, null,
                Instant.now(), 0, null, null, null, false, null);
    }

    private static Actor staff(Role role) {
        return new Actor("staff-" + role.name().toLowerCase(), null, "موظف", Set.of(role), "ruh-malaz");
    }

    /** What the policy says, written out independently of the aggregate. */
    static Object expected(RequestType type, RequestStatus status, Role role, boolean approve) {
        if (status == RequestStatus.APPROVED || status == RequestStatus.REFUSED) return DetentionError.ALREADY_DECIDED;
        if (status == RequestStatus.PROPOSED) {
            if (role != Role.PRISON_HEAD) return DetentionError.NOT_YOUR_DECISION;
            return approve ? RequestStatus.APPROVED : RequestStatus.REFUSED;
        }
        var decides = role == Role.PRISON_HEAD || switch (type) {
            case VISIT, VIDEO_VISIT -> role == Role.PRISON_OFFICER;
            case ASSISTANCE -> role == Role.PRISON_SOCIAL;
            case TEMPORARY_RELEASE -> role == Role.PRISON_SOCIAL || role == Role.PRISON_OFFICER;
            case DEPOSIT -> role == Role.PRISON_SECURITY;
        };
        if (!decides) return DetentionError.NOT_YOUR_DECISION;
        if (!approve) return RequestStatus.REFUSED;
        return type == RequestType.TEMPORARY_RELEASE ? RequestStatus.PROPOSED : RequestStatus.APPROVED;
    }

    static List<Arguments> table() {
        var rows = new ArrayList<Arguments>();
        var roles = List.of(Role.PRISON_OFFICER, Role.PRISON_SOCIAL, Role.PRISON_SECURITY, Role.PRISON_HEAD);
        for (var type : RequestType.values())
            for (var status : RequestStatus.values())
                for (var role : roles)
                    for (var approve : new boolean[]{true, false})
                        rows.add(Arguments.of(type, status, role, approve));
        return rows;
    }

    @ParameterizedTest(name = "{0} {1} by {2} approve={3}")
    @MethodSource("table")
    void eachDecisionMovesOrIsRefusedAsThePolicySays(RequestType type, RequestStatus status, Role role, boolean approve) {
        var proposedBy = status == RequestStatus.PROPOSED ? "another-member-of-staff" : null;
        var decision = request(type, status, proposedBy).decide(staff(role), approve, "سبب القرار");
        var outcome = decision instanceof DetentionRequest.Moved moved ? moved.to()
                : ((DetentionRequest.Refused) decision).error();
        assertThat(outcome).isEqualTo(expected(type, status, role, approve));
    }

    @Test
    void whoeverProposedAReleaseCannotApproveIt() {
        var proposed = request(RequestType.TEMPORARY_RELEASE, RequestStatus.PROPOSED, "staff-prison_head");
        assertThat(proposed.decide(staff(Role.PRISON_HEAD), true, "موافق"))
                .isEqualTo(new DetentionRequest.Refused(DetentionError.FOUR_EYES));
    }

    @Test
    void staffOfAnotherFacilityDecideNothing() {
        var jeddah = new Actor("prison-head-jed", null, "موظف", Set.of(Role.PRISON_HEAD), "jed-briman");
        assertThat(request(RequestType.VISIT, RequestStatus.SUBMITTED, null).decide(jeddah, true, null))
                .isEqualTo(new DetentionRequest.Refused(DetentionError.NOT_YOUR_FACILITY));
    }

    @Test
    void aRefusalAndAnyReleaseDecisionNeedAReason() {
        var officer = staff(Role.PRISON_OFFICER);
        assertThat(request(RequestType.VISIT, RequestStatus.SUBMITTED, null).decide(officer, false, " "))
                .isEqualTo(new DetentionRequest.Refused(DetentionError.REASON_REQUIRED));
        assertThat(request(RequestType.TEMPORARY_RELEASE, RequestStatus.SUBMITTED, null).decide(officer, true, null))
                .isEqualTo(new DetentionRequest.Refused(DetentionError.REASON_REQUIRED));
        assertThat(request(RequestType.VISIT, RequestStatus.SUBMITTED, null).decide(officer, true, null))
                .isEqualTo(new DetentionRequest.Moved(RequestStatus.APPROVED));
    }
}
