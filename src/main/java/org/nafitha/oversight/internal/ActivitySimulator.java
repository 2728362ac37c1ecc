package org.nafitha.oversight.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nafitha.oversight.internal.Finding.Rule;
import org.nafitha.transparency.AuditTrail.RecordedEntry;
import java.util.Comparator;

/**
 * A month of a ministry's activity as the audit log would hold it — four departments, officers,
 * reviewers, heads, call-centre agents, applicants submitting at any hour — with corruption
 * patterns injected on purpose. Seeded, so every run of a seed is the same month.
 */
final class ActivitySimulator {

    record Injection(Rule rule, String key, int week) {
    }

    record Month(List<RecordedEntry> entries, List<Injection> injections, Instant start, int weeks) {
    }

    private record Department(String name, String service, List<String> officers, String reviewer, String head) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            department("passports", "PSP", 6), department("residency", "RES", 5),
            department("traffic", "TRF", 5), department("civil-status", "CIV", 4));

    private final Random random;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final List<RecordedEntry> entries = new ArrayList<>();
    private final List<Injection> injections = new ArrayList<>();
    private long nextId = 1;
    private int nextCase = 1;

    ActivitySimulator(long seed, ZoneId zone, LocalDate firstSunday) {
        this.random = new Random(seed);
        this.zone = zone;
        this.firstDay = firstSunday;
    }

    Month month() {
        for (int day = 0; day < 28; day++) {
            var date = firstDay.plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY) continue;
            for (var department : DEPARTMENTS) {
                for (int i = 0; i < department.officers().size() * 10; i++) ordinaryCase(department, date);
            }
            for (int agent = 1; agent <= 3; agent++) {
                for (int i = 0; i < 20; i++) {
                    add(at(date, 8, 15), "agent" + agent, "AGENT", "person.lookup", applicant(), null, "اتصال من المراجع", "call-centre");
                }
            }
        }
        inject();
        entries.sort(Comparator.comparing(RecordedEntry::at));
        return new Month(List.copyOf(entries), List.copyOf(injections), firstDay.atStartOfDay(zone).toInstant(), 4);
    }

    private void ordinaryCase(Department d, LocalDate date) {
        var officer = d.officers().get(random.nextInt(d.officers().size()));
        var submitted = date.atStartOfDay(zone).plusMinutes(random.nextInt(24 * 60)).toInstant();
        var decided = random.nextDouble() < 0.01
                ? submitted.plusSeconds(3600 + random.nextInt(2 * 3600))
                : submitted.plusSeconds((long) (3600 * (20 + random.nextGaussian() * 6 + random.nextInt(30))));
        decided = random.nextDouble() < 0.005 ? lateEvening(decided) : intoWorkingHours(decided);
        var ref = lifecycle(d, officer, applicant(), submitted, decided);
        if (random.nextDouble() < 0.01) add(submitted.plusSeconds(1800), officer, "OFFICER", "case.mark-urgent", null, ref, "مريض يحتاج السفر للعلاج", d.name());
        if (random.nextDouble() < 0.01) add(submitted.plusSeconds(900), d.head(), "HEAD", "case.reassign", null, ref, "توزيع الأحمال", d.name());
        if (random.nextDouble() < 0.015) add(decided.plusSeconds(60), "sla-clock", "SYSTEM", "case.sla-breach", null, ref, null, d.name());
    }

    private String lifecycle(Department d, String officer, String applicant, Instant submitted, Instant decided) {
        var ref = d.service() + "-2026-" + String.format("%06d", nextCase++);
        add(submitted, applicant, "APPLICANT", "case.submit", applicant, ref, null, null);
        add(submitted.plusSeconds(60), "fair-assignment", "SYSTEM", "case.assign", applicant, ref, officer, d.name());
        add(decided.minusSeconds(300), officer, "OFFICER", "case.read", applicant, ref, null, d.name());
        boolean approve = random.nextDouble() < 0.92;
        add(decided, officer, "OFFICER", approve ? "case.approve" : "case.reject", applicant, ref, approve ? null : "صورة غير مطابقة", d.name());
        if (approve) add(intoWorkingHours(decided.plusSeconds(7200 + random.nextInt(4 * 3600))), d.reviewer(), "REVIEWER", "case.confirm", applicant, ref, null, d.name());
        return ref;
    }

    private void inject() {
        var passports = DEPARTMENTS.get(0);
        var residency = DEPARTMENTS.get(1);
        var traffic = DEPARTMENTS.get(2);
        var civil = DEPARTMENTS.get(3);
        urgentFlood(passports, passports.officers().get(1), 0);
        urgentFlood(traffic, traffic.officers().get(3), 2);
        fastApprovals(residency, residency.officers().get(0), 1);
        fastApprovals(civil, civil.officers().get(2), 3);
        afterHours(passports, passports.officers().get(4), 1);
        afterHours(residency, residency.officers().get(2), 3);
        sameApplicant(traffic, traffic.officers().get(0), 0);
        sameApplicant(passports, passports.officers().get(5), 2);
        var selfAssigner = civil.officers().get(1);
        for (int i = 0; i < 2; i++) add(at(day(2, 1), 9, 14), selfAssigner, "OFFICER", "case.assign", null, "CIV-2026-9" + i, selfAssigner, civil.name());
        injections.add(new Injection(Rule.ASSIGNMENT_BYPASS, selfAssigner, 2));
        add(at(day(1, 2), 9, 14), residency.head(), "HEAD", "case.reassign", null, "RES-2026-999", "", residency.name());
        injections.add(new Injection(Rule.ASSIGNMENT_BYPASS, residency.head(), 1));
        snooping(traffic.officers().get(4), traffic, 1);
        snooping(passports.officers().get(0), passports, 3);
        for (int i = 0; i < 25; i++) add(at(day(2, i % 5), 8, 15), "sla-clock", "SYSTEM", "case.sla-breach", null, "TRF-2026-8" + i, null, traffic.name());
        injections.add(new Injection(Rule.SLA_BREACHES_PILING, traffic.name(), 2));
    }

    private void urgentFlood(Department d, String officer, int week) {
        for (int i = 0; i < 12; i++) {
            var day = day(week, i % 4);
            var ref = lifecycle(d, officer, applicant(), at(day, 8, 12), at(day.plusDays(1), 9, 14));
            add(at(day, 12, 14), officer, "OFFICER", "case.mark-urgent", null, ref, "عاجل", d.name());
        }
        injections.add(new Injection(Rule.URGENT_ABOVE_PEERS, officer, week));
    }

    private void fastApprovals(Department d, String officer, int week) {
        for (int i = 0; i < 6; i++) {
            var submitted = at(day(week, i % 5), 9, 12);
            lifecycle(d, officer, applicant(), submitted, submitted.plusSeconds(600 + random.nextInt(1800)));
        }
        injections.add(new Injection(Rule.FAST_APPROVALS, officer, week));
    }

    private void afterHours(Department d, String officer, int week) {
        for (int i = 0; i < 4; i++) {
            var day = day(week, i);
            lifecycle(d, officer, applicant(), at(day.minusDays(1), 9, 12), day.atTime(LocalTime.of(22, random.nextInt(60))).atZone(zone).toInstant());
        }
        injections.add(new Injection(Rule.AFTER_HOURS_DECISIONS, officer, week));
    }

    private void sameApplicant(Department d, String officer, int week) {
        var favoured = applicant();
        for (int i = 0; i < 4; i++) lifecycle(d, officer, favoured, at(day(week, i), 8, 10), at(day(week, i + 1), 10, 13));
        injections.add(new Injection(Rule.SAME_APPLICANT, officer + "|" + favoured, week));
    }

    private void snooping(String officer, Department d, int week) {
        for (int i = 0; i < 5; i++) add(at(day(week, i), 9, 14), officer, "OFFICER", "person.lookup", applicant(), null, null, d.name());
        injections.add(new Injection(Rule.LOOKUP_WITHOUT_CASE, officer, week));
    }

    private LocalDate day(int week, int workingDay) {
        return firstDay.plusDays(week * 7L + workingDay);
    }

    private Instant at(LocalDate date, int fromHour, int toHour) {
        return date.atTime(fromHour, 0).plusMinutes(random.nextInt((toHour - fromHour) * 60)).atZone(zone).toInstant();
    }

    private Instant intoWorkingHours(Instant t) {
        var local = t.atZone(zone);
        while (local.getDayOfWeek() == DayOfWeek.FRIDAY || local.getDayOfWeek() == DayOfWeek.SATURDAY
                || local.toLocalTime().isBefore(LocalTime.of(7, 30)) || !local.toLocalTime().isBefore(LocalTime.of(15, 30))) {
            local = local.toLocalTime().isBefore(LocalTime.of(7, 30)) && !weekend(local)
                    ? local.with(LocalTime.of(8, random.nextInt(60)))
                    : local.plusDays(1).with(LocalTime.of(8, random.nextInt(60)));
        }
        return local.toInstant();
    }

    private Instant lateEvening(Instant t) {
        var local = intoWorkingHours(t).atZone(zone);
        return local.with(LocalTime.of(15, 35 + random.nextInt(20))).toInstant();
    }

    private static boolean weekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.FRIDAY || t.getDayOfWeek() == DayOfWeek.SATURDAY;
    }

    private String applicant() {
        return String.valueOf(1_000_000_000L + random.nextInt(5_000_000) * 10L);
    }

    private void add(Instant at, String actor, String role, String action, String subject, String ref, String reason,
                     String department) {
        entries.add(new RecordedEntry(nextId++, at, actor, role, action, subject, ref, reason, null, department));
    }

    private static Department department(String name, String service, int officers) {
        var list = new ArrayList<String>();
        for (int i = 1; i <= officers; i++) list.add(name + ".officer" + i);
        return new Department(name, service, List.copyOf(list), name + ".reviewer", name + ".head");
    }
}
