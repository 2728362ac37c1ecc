package org.nafitha.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.WorkflowDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;

/**
 * Every (state, action, role) of the passport renewal workflow against the table we expect, as
 * GOV.UK Pay tests its payment state transitions.
 */
class CaseWorkflowTest {

    private static final WorkflowDefinition WORKFLOW = new Catalogue().find("passport-renewal").orElseThrow().workflow();
    private static final Set<String> STATES = Set.of("AWAITING_DOCUMENTS", "SUBMITTED", "INFO_REQUESTED",
            "PENDING_REVIEW", "APPROVED", "REJECTED");
    private static final Set<String> ACTIONS = Set.of("complete", "approve", "reject", "request-info", "provide-info",
            "confirm", "return");

    /** state → action → the roles allowed (with a reason given) and where it leads. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("AWAITING_DOCUMENTS/complete/APPLICANT", "SUBMITTED"),
            Map.entry("SUBMITTED/approve/OFFICER", "PENDING_REVIEW"),
            Map.entry("SUBMITTED/approve/HEAD", "PENDING_REVIEW"),
            Map.entry("SUBMITTED/reject/OFFICER", "REJECTED"),
            Map.entry("SUBMITTED/reject/HEAD", "REJECTED"),
            Map.entry("SUBMITTED/request-info/OFFICER", "INFO_REQUESTED"),
            Map.entry("SUBMITTED/request-info/HEAD", "INFO_REQUESTED"),
            Map.entry("INFO_REQUESTED/provide-info/APPLICANT", "SUBMITTED"),
            Map.entry("PENDING_REVIEW/confirm/REVIEWER", "APPROVED"),
            Map.entry("PENDING_REVIEW/confirm/HEAD", "APPROVED"),
            Map.entry("PENDING_REVIEW/return/REVIEWER", "SUBMITTED"),
            Map.entry("PENDING_REVIEW/return/HEAD", "SUBMITTED"),
            Map.entry("PENDING_REVIEW/reject/REVIEWER", "REJECTED"),
            Map.entry("PENDING_REVIEW/reject/HEAD", "REJECTED"));

    private static Case caseIn(String status, Map<String, String> lastActors) {
        return new Case(CaseReference.of("PSP", 2026, 1), "passport-renewal", 1, "passports", "1000000008",
                "1000000008", status, Map.of(), Instant.EPOCH, 0, lastActors);
    }

    private static Actor actor(Role role) {
        return role == Role.APPLICANT
                ? new Actor("1000000008", "1000000008", "أحمد", Set.of(role), null)
                : new Actor(role.name().toLowerCase() + "1", null, "موظف", Set.of(role), "passports");
    }

    @Test
    void everyTransitionIsAllowedExactlyWhereTheTableSays() {
        var seen = new HashMap<String, String>();
        for (var state : STATES) {
            for (var action : ACTIONS) {
                for (var role : Set.of(Role.APPLICANT, Role.OFFICER, Role.REVIEWER, Role.HEAD, Role.AGENT)) {
                    var step = caseIn(state, Map.of()).take(WORKFLOW, action, actor(role), "السبب", Instant.EPOCH);
                    var key = state + "/" + action + "/" + role;
                    if (step instanceof Case.Moved moved) seen.put(key, moved.event().to());
                }
            }
        }
        assertThat(seen).isEqualTo(ALLOWED);
    }

    @Test
    void finalStatesHaveNoWayOut() {
        for (var state : WORKFLOW.finalStates()) {
            for (var action : ACTIONS) {
                assertThat(caseIn(state, Map.of()).take(WORKFLOW, action, actor(Role.HEAD), "س", Instant.EPOCH))
                        .isEqualTo(new Case.Refused(Refusal.NOT_ALLOWED_IN_STATE));
            }
        }
    }

    @Test
    void reviewerCannotConfirmOwnDecision() {
        var head = actor(Role.HEAD);
        var approved = caseIn("PENDING_REVIEW", Map.of("approve", head.username()));
        assertThat(approved.take(WORKFLOW, "confirm", head, null, Instant.EPOCH)).isEqualTo(new Case.Refused(Refusal.FOUR_EYES));
        assertThat(approved.take(WORKFLOW, "return", head, "سبب", Instant.EPOCH)).isEqualTo(new Case.Refused(Refusal.FOUR_EYES));
    }

    @Test
    void rejectionsAndQuestionsNeedAReason() {
        assertThat(caseIn("SUBMITTED", Map.of()).take(WORKFLOW, "reject", actor(Role.OFFICER), "  ", Instant.EPOCH))
                .isEqualTo(new Case.Refused(Refusal.REASON_REQUIRED));
    }

    @Test
    void staffOfAnotherDepartmentAndOtherApplicantsMayNotAct() {
        var trafficOfficer = new Actor("traffic1", null, "موظف المرور", Set.of(Role.OFFICER), "traffic");
        assertThat(caseIn("SUBMITTED", Map.of()).take(WORKFLOW, "approve", trafficOfficer, null, Instant.EPOCH))
                .isEqualTo(new Case.Refused(Refusal.ROLE_NOT_PERMITTED));
        var otherCitizen = new Actor("1000000016", "1000000016", "نورة", Set.of(Role.APPLICANT), null);
        assertThat(caseIn("INFO_REQUESTED", Map.of()).take(WORKFLOW, "provide-info", otherCitizen, "رد", Instant.EPOCH))
                .isEqualTo(new Case.Refused(Refusal.ROLE_NOT_PERMITTED));
    }
}
