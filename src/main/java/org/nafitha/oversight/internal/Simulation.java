package org.nafitha.oversight.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nafitha.oversight.OversightProperties;
import org.nafitha.oversight.internal.Finding.Rule;

/**
 * Runs the anomaly rules over a simulated month, week by week as the scheduled job does, and
 * counts what they caught of the injected patterns and what they raised that nobody injected.
 */
public final class Simulation {

    public record RuleScore(Rule rule, int injected, int caught, int falseAlerts) {
    }

    public record Report(int entries, int injected, int caught, int falseAlerts, List<RuleScore> byRule,
                         List<String> falseAlertSummaries) {
    }

    private Simulation() {
    }

    public static Report run(long seed, OversightProperties properties, ZoneId zone) {
        var month = new ActivitySimulator(seed, zone, LocalDate.of(2026, 11, 1)).month();
        var rules = new AnomalyRules(properties, zone);
        Map<Rule, int[]> scores = new EnumMap<>(Rule.class);
        for (var rule : Rule.values()) scores.put(rule, new int[3]);
        month.injections().forEach(i -> scores.get(i.rule())[0]++);
        var falseAlerts = new ArrayList<String>();
        for (int week = 0; week < month.weeks(); week++) {
            var from = month.start().plus(Duration.ofDays(7L * week));
            var to = from.plus(Duration.ofDays(7));
            var entries = month.entries().stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
            for (var finding : rules.evaluate(entries)) {
                final int w = week;
                boolean injected = month.injections().stream()
                        .anyMatch(i -> i.rule() == finding.rule() && i.key().equals(finding.key()) && i.week() == w);
                if (injected) scores.get(finding.rule())[1]++;
                else {
                    scores.get(finding.rule())[2]++;
                    falseAlerts.add("week " + (week + 1) + ": " + finding.summary());
                }
            }
        }
        var byRule = scores.entrySet().stream()
                .map(e -> new RuleScore(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Report(month.entries().size(), byRule.stream().mapToInt(RuleScore::injected).sum(),
                byRule.stream().mapToInt(RuleScore::caught).sum(), byRule.stream().mapToInt(RuleScore::falseAlerts).sum(),
                byRule, falseAlerts);
    }
}
