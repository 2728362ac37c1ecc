package org.nafitha.oversight.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nafitha.oversight.OversightProperties;
import org.nafitha.oversight.OversightProperties.Thresholds;
import org.nafitha.oversight.internal.Finding.Rule;
import org.nafitha.transparency.AuditTrail.RecordedEntry;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The patterns inspectors asked to be told about, read from one week of the audit log. Each rule
 * names who or where, says why in one sentence, and lists the entries that are its evidence.
 * Pure: the scheduled job and the simulation feed it the same way.
 */
final class AnomalyRules {

    static final Set<String> DECISIONS = Set.of("case.approve", "case.confirm", "case.reject");
    static final Set<String> HANDLING = Set.of("case.approve", "case.reject", "case.request-info");

    private final OversightProperties properties;
    private final Thresholds limits;
    private final ZoneId zone;

    AnomalyRules(OversightProperties properties, ZoneId zone) {
        this.properties = properties;
        this.limits = properties.thresholds();
        this.zone = zone;
    }

    List<Finding> evaluate(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        findings.addAll(urgentAbovePeers(week));
        findings.addAll(fastApprovals(week));
        findings.addAll(afterHours(week));
        findings.addAll(sameApplicant(week));
        findings.addAll(assignmentBypass(week));
        findings.addAll(lookupsWithoutCase(week));
        findings.addAll(slaBreachesPiling(week));
        return findings;
    }

    List<Finding> urgentAbovePeers(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        var officersByDepartment = week.stream().filter(e -> e.action().startsWith("case.") && e.department() != null
                        && !e.actorRole().equals("SYSTEM") && !e.actorRole().equals("APPLICANT"))
                .collect(groupingBy(RecordedEntry::department, Collectors.mapping(RecordedEntry::actor,
                        Collectors.toSet())));
        var urgent = byActor(week, e -> e.action().equals("case.mark-urgent"));
        urgent.forEach((actor, marks) -> {
            var department = marks.getFirst().department();
            var peers = officersByDepartment.getOrDefault(department, Set.of()).stream().filter(p -> !p.equals(actor))
                    .map(p -> (double) urgent.getOrDefault(p, List.of()).size()).sorted().toList();
            double median = peers.isEmpty() ? 0 : peers.get(peers.size() / 2);
            if (marks.size() >= limits.urgentMin() && marks.size() > limits.urgentFactor() * Math.max(median, 1)) {
                findings.add(new Finding(Rule.URGENT_ABOVE_PEERS, actor, ids(marks), actor, marks.size(), peers.size(),
                        department, median));
            }
        });
        return findings;
    }

    List<Finding> fastApprovals(List<RecordedEntry> week) {
        var submitted = new HashMap<String, Instant>();
        week.stream().filter(e -> e.action().equals("case.submit") && e.caseReference() != null)
                .forEach(e -> submitted.putIfAbsent(e.caseReference(), e.at()));
        record Timed(RecordedEntry approval, Duration took, String service) {
        }
        var timed = week.stream().filter(e -> e.action().equals("case.approve") && submitted.containsKey(e.caseReference()))
                .map(e -> new Timed(e, Duration.between(submitted.get(e.caseReference()), e.at()), service(e.caseReference())))
                .toList();
        var norms = new HashMap<String, Duration>();
        timed.stream().collect(groupingBy(Timed::service)).forEach((service, list) -> {
            if (list.size() < limits.fastNormCases()) return;
            var sorted = list.stream().map(Timed::took).sorted().toList();
            norms.put(service, sorted.get(sorted.size() / 2));
        });
        var findings = new ArrayList<Finding>();
        timed.stream().filter(t -> norms.containsKey(t.service())
                        && t.took().toMillis() < limits.fastFraction() * norms.get(t.service()).toMillis())
                .collect(groupingBy(t -> t.approval().actor(), TreeMap::new, toList()))
                .forEach((actor, fast) -> {
                    if (fast.size() < limits.fastMin()) return;
                    var example = fast.getFirst();
                    findings.add(new Finding(Rule.FAST_APPROVALS, actor, fast.stream().map(t -> t.approval().id()).toList(),
                            actor, fast.size(), example.service(), minutes(example.took()),
                            minutes(norms.get(example.service()))));
                });
        return findings;
    }

    List<Finding> afterHours(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        byActor(week, e -> DECISIONS.contains(e.action()) && outsideWorkingHours(e)).forEach((actor, late) -> {
            if (late.size() >= limits.afterHoursMin()) findings.add(new Finding(Rule.AFTER_HOURS_DECISIONS, actor,
                    ids(late), actor, late.size()));
        });
        return findings;
    }

    List<Finding> sameApplicant(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        // The officer's own decisions: a reviewer confirming is the second pair of eyes, not the handler.
        week.stream().filter(e -> HANDLING.contains(e.action()) && e.subject() != null)
                .collect(groupingBy(e -> e.actor() + "|" + e.subject(), TreeMap::new, toList()))
                .forEach((key, decisions) -> {
                    long cases = decisions.stream().map(RecordedEntry::caseReference).distinct().count();
                    if (cases >= limits.sameApplicantMin()) findings.add(new Finding(Rule.SAME_APPLICANT, key,
                            ids(decisions), decisions.getFirst().actor(), cases, decisions.getFirst().subject()));
                });
        return findings;
    }

    List<Finding> assignmentBypass(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        byActor(week, e -> (e.action().equals("case.assign") && !e.actorRole().equals("SYSTEM"))
                || (e.action().equals("case.reassign") && (!e.actorRole().equals("HEAD") || blank(e.reason()))))
                .forEach((actor, bypasses) -> {
                    if (bypasses.size() >= limits.bypassMin()) findings.add(new Finding(Rule.ASSIGNMENT_BYPASS, actor,
                            ids(bypasses), actor, bypasses.size()));
                });
        return findings;
    }

    List<Finding> lookupsWithoutCase(List<RecordedEntry> week) {
        var findings = new ArrayList<Finding>();
        byActor(week, e -> (e.action().equals("person.lookup") || e.action().endsWith(".read"))
                && !blank(e.subject()) && blank(e.caseReference())
                && !(Set.of("AGENT", "RECEPTION").contains(e.actorRole()) && !blank(e.reason())))
                .forEach((actor, lookups) -> {
                    if (lookups.size() >= limits.lookupMin()) findings.add(new Finding(Rule.LOOKUP_WITHOUT_CASE, actor,
                            ids(lookups), actor, lookups.stream().map(RecordedEntry::subject).distinct().count()));
                });
        return findings;
    }

    List<Finding> slaBreachesPiling(List<RecordedEntry> week) {
        var departments = week.stream().filter(e -> e.action().startsWith("case.") && e.department() != null)
                .map(RecordedEntry::department).distinct().toList();
        var breaches = week.stream().filter(e -> e.action().equals("case.sla-breach") && e.department() != null)
                .collect(groupingBy(RecordedEntry::department, TreeMap::new, toList()));
        var findings = new ArrayList<Finding>();
        breaches.forEach((department, list) -> {
            double others = departments.stream().filter(d -> !d.equals(department))
                    .mapToInt(d -> breaches.getOrDefault(d, List.of()).size()).average().orElse(0);
            if (list.size() >= limits.slaMin() && list.size() > limits.slaFactor() * Math.max(others, 1)) {
                findings.add(new Finding(Rule.SLA_BREACHES_PILING, department, ids(list), list.size(), department,
                        Math.round(others * 10) / 10.0));
            }
        });
        return findings;
    }

    private boolean outsideWorkingHours(RecordedEntry e) {
        var local = e.at().atZone(zone);
        var time = local.toLocalTime();
        return properties.weekend().contains(local.getDayOfWeek())
                || time.isBefore(properties.workStart()) || !time.isBefore(properties.workEnd());
    }

    private static Map<String, List<RecordedEntry>> byActor(List<RecordedEntry> week,
                                                            Predicate<RecordedEntry> which) {
        return week.stream().filter(which).collect(groupingBy(RecordedEntry::actor, TreeMap::new, toList()));
    }

    private static String service(String reference) {
        int dash = reference.indexOf('-');
        return dash < 0 ? reference : reference.substring(0, dash);
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<Long> ids(List<RecordedEntry> entries) {
        return entries.stream().map(RecordedEntry::id).toList();
    }

}
