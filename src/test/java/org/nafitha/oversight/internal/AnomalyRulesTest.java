package org.nafitha.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.oversight.OversightProperties;
import org.nafitha.oversight.internal.Finding.Rule;
import org.nafitha.transparency.AuditTrail.RecordedEntry;

/** Each rule fires on its pattern and stays quiet on ordinary work; the simulated month scores them all. */
class AnomalyRulesTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private final AnomalyRules rules = new AnomalyRules(OversightProperties.defaults(), RIYADH);
    private final List<RecordedEntry> week = new ArrayList<>();
    private long id = 1;

    /** Sunday 2026-11-22, hh:mm in Riyadh. */
    private Instant sunday(int hour, int minute) {
        return Instant.parse("2026-11-22T00:00:00Z").plusSeconds(((hour - 3) * 60L + minute) * 60);
    }

    private void add(Instant at, String actor, String role, String action, String subject, String ref, String reason, String dept) {
        week.add(new RecordedEntry(id++, at, actor, role, action, subject, ref, reason, null, dept));
    }

    private List<Rule> fired() {
        return rules.evaluate(week).stream().map(Finding::rule).toList();
    }

    @Test
    void ordinaryWorkRaisesNothing() {
        for (int i = 0; i < 20; i++) {
            var ref = "PSP-2026-" + (100 + i);
            add(sunday(8, i), "1000000008", "APPLICANT", "case.submit", "10000000" + i, ref, null, null);
            add(sunday(8, i + 1), "fair-assignment", "SYSTEM", "case.assign", "10000000" + i, ref, "officer" + i % 3, "passports");
            add(sunday(13, i), "officer" + i % 3, "OFFICER", "case.approve", "10000000" + i, ref, null, "passports");
        }
        add(sunday(10, 0), "agent1", "AGENT", "person.lookup", "1000000016", null, "اتصال من المراجع", "call-centre");
        add(sunday(10, 5), "head1", "HEAD", "case.reassign", null, "PSP-2026-100", "إجازة الموظف", "passports");
        assertThat(fired()).isEmpty();
    }

    @Test
    void decisionsAtNightOrOnAFridayAreOutsideWorkingHours() {
        add(sunday(22, 30), "officer1", "OFFICER", "case.approve", "1", "PSP-1", null, "passports");
        add(sunday(6, 0), "officer1", "OFFICER", "case.reject", "2", "PSP-2", "x", "passports");
        add(sunday(10, 0).plusSeconds(5 * 86400), "officer1", "OFFICER", "case.approve", "3", "PSP-3", null, "passports");
        assertThat(fired()).containsExactly(Rule.AFTER_HOURS_DECISIONS);
    }

    @Test
    void anOfficerDecidingThreeCasesOfOnePersonIsNamedWithThatPerson() {
        for (int i = 0; i < 3; i++) add(sunday(9, i), "officer2", "OFFICER", "case.approve", "1000000057", "PSP-" + i, null, "passports");
        var findings = rules.evaluate(week);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SAME_APPLICANT);
            assertThat(f.key()).isEqualTo("officer2|1000000057");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void selfAssignmentAndAReassignmentWithoutReasonBypassFairAssignment() {
        add(sunday(9, 0), "officer1", "OFFICER", "case.assign", null, "PSP-1", "officer1", "passports");
        add(sunday(9, 5), "head1", "HEAD", "case.reassign", null, "PSP-2", " ", "passports");
        assertThat(rules.assignmentBypass(week)).extracting(Finding::key).containsExactly("head1", "officer1");
    }

    @Test
    void lookUpsWithoutACaseOrReasonAreCounted() {
        for (int i = 0; i < 3; i++) add(sunday(9, i), "officer3", "OFFICER", "person.lookup", "100000006" + i, null, null, "residency");
        add(sunday(9, 9), "agent1", "AGENT", "person.lookup", "1000000065", null, "اتصال", "call-centre");
        assertThat(fired()).containsExactly(Rule.LOOKUP_WITHOUT_CASE);
    }

    @Test
    void urgentFlagsFarAbovePeersAndBreachesPilingInOneDepartment() {
        for (int o = 1; o <= 4; o++) add(sunday(9, o), "officer" + o, "OFFICER", "case.approve", "1", "PSP-" + o, null, "passports");
        for (int i = 0; i < 6; i++) add(sunday(10, i), "officer1", "OFFICER", "case.mark-urgent", null, "PSP-U" + i, "عاجل", "passports");
        add(sunday(10, 30), "officer2", "OFFICER", "case.mark-urgent", null, "PSP-U9", "عاجل", "passports");
        add(sunday(9, 0), "officer9", "OFFICER", "case.approve", "1", "TRF-1", null, "traffic");
        for (int i = 0; i < 6; i++) add(sunday(11, i), "sla-clock", "SYSTEM", "case.sla-breach", null, "TRF-" + i, null, "traffic");
        assertThat(rules.urgentAbovePeers(week)).extracting(Finding::key).containsExactly("officer1");
        assertThat(rules.slaBreachesPiling(week)).extracting(Finding::key).containsExactly("traffic");
    }

    @Test
    void approvalsInMinutesWhenTheServiceTakesADayAreFast() {
        for (int i = 0; i < 12; i++) {
            var ref = "RES-" + i;
            add(sunday(8, i), "20000000" + i, "APPLICANT", "case.submit", "20000000" + i, ref, null, null);
            boolean fast = i < 4;
            add(fast ? sunday(8, i + 10) : sunday(8, i).plusSeconds(26 * 3600), fast ? "officer7" : "officer8", "OFFICER",
                    "case.approve", "20000000" + i, ref, null, "residency");
        }
        assertThat(rules.fastApprovals(week)).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("officer7"));
    }

    @Test
    void theSimulatedMonthCatchesEveryInjectedPatternWithFewFalseAlerts() {
        var report = Simulation.run(2026, OversightProperties.defaults(), RIYADH);
        assertThat(report.entries()).isGreaterThan(10_000);
        assertThat(report.injected()).isEqualTo(13);
        assertThat(report.caught()).isEqualTo(report.injected());
        assertThat(report.falseAlerts()).isLessThanOrEqualTo(2);
        assertThat(report.byRule()).allSatisfy(r -> assertThat(r.injected()).isPositive());
    }
}
