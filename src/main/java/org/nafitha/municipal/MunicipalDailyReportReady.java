package org.nafitha.municipal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The national operations room's report of {@code day} is due to its staff ({@code recipients},
 * usernames): the notifications module tells each of them, with the way to its PDF and CSV.
 * Published once per day across all nodes.
 */
public record MunicipalDailyReportReady(LocalDate day, List<String> recipients, Instant at) {

    public MunicipalDailyReportReady {
        recipients = List.copyOf(recipients);
    }
}
