package org.nafitha.oversight;

import java.time.ZoneId;

import org.nafitha.oversight.internal.Simulation;

/**
 * {@code java -jar nafitha.jar simulate-oversight [seed]}: a month of realistic activity with
 * injected corruption patterns, run through the anomaly rules with their default thresholds.
 */
public final class OversightSimulation {

    private OversightSimulation() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026L;
        var report = Simulation.run(seed, OversightProperties.defaults(), ZoneId.of("Asia/Riyadh"));
        System.out.printf("Simulated month (seed %d): %,d audit entries%n", seed, report.entries());
        System.out.printf("%-24s %8s %8s %8s%n", "rule", "injected", "caught", "false");
        report.byRule().forEach(r -> System.out.printf("%-24s %8d %8d %8d%n", r.rule(), r.injected(), r.caught(), r.falseAlerts()));
        report.falseAlertSummaries().forEach(s -> System.out.println("  false alert, " + s));
        System.out.printf("simulation: caught %d of %d injected, %d false alerts%n", report.caught(), report.injected(),
                report.falseAlerts());
    }
}
