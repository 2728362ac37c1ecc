package org.nafitha.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily report of {@code day} is due to the ministry's leadership ({@code recipients}, staff
 * usernames): the notifications module tells each of them, with the way to its PDF and CSV.
 * Published once per day across all nodes.
 */
public record DailyReportReady(LocalDate day, List<String> recipients, Instant at) {

    public DailyReportReady {
        recipients = List.copyOf(recipients);
    }
}
