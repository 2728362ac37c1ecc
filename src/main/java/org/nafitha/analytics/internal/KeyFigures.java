package org.nafitha.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.AnalyticsProperties;
import org.nafitha.analytics.FiguresFromElsewhere;
import org.nafitha.analytics.Histograms;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The key figures of a period, read from the daily roll-ups only: the cost of a query grows with
 * days × services × channels, never with the number of cases.
 */
@Service
public class KeyFigures {

    /**
     * What to count: days inclusive, in the country's time zone; a null filter counts all. {@code office} is an
     * office's code: the cases handled there (an appointment booked for them there) and the other modules'
     * figures of that office.
     */
    public record Filter(LocalDate from, LocalDate to, @Nullable String service, @Nullable String department,
                         @Nullable String channel, @Nullable String office) {

        /** Of every office. */
        public Filter(LocalDate from, LocalDate to, @Nullable String service, @Nullable String department,
                      @Nullable String channel) {
            this(from, to, service, department, channel, null);
        }
    }

    public record Satisfaction(long answers, @Nullable Double mean, @Nullable Double satisfiedShare) {
    }

    /**
     * @param completionRate     of the cases that came to an end in the period, the share completed
     * @param medianDays         whole days from submission to decision (approval or refusal), median
     * @param slaCompliance      of the decisions, the share taken without the case being escalated
     * @param digitalTakeUp      the share of cases submitted online
     * @param costPerTransaction the cost table's figure per channel, weighted by the channel mix
     */
    public record Figures(long submitted, long completed, long refused, long withdrawn,
                          @Nullable Double completionRate, @Nullable Integer medianDays, @Nullable Integer p90Days,
                          @Nullable Double slaCompliance, Map<String, Long> channels, @Nullable Double digitalTakeUp,
                          @Nullable BigDecimal costPerTransaction, Satisfaction satisfaction) {
    }

    /**
     * The office filter's code for the cases handled at no office (applied for online, no appointment booked
     * for them); no office of the other modules' sections has it.
     */
    public static final String NO_OFFICE = "none";

    /** The offices the other modules' sections can be narrowed to, code to name in the reader's language. */
    public Map<String, String> offices(Locale locale) {
        var byName = new LinkedHashMap<String, String>();
        elsewhere.orderedStream().flatMap(source -> source.offices(locale).entrySet().stream())
                .sorted(Map.Entry.comparingByValue()).forEach(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }

    /**
     * The cases open at the end of the period (submitted by then, not ended by then), and how long they
     * have been waiting: by bands of days ("0-7", "8-30", "31-90", "91+") and the median.
     */
    public record Backlog(long open, @Nullable Integer medianAgeDays, Map<String, Long> byAge) {
    }

    /**
     * Appeals lodged in the period and where they stand: upheld (the appeal case approved: the refusal
     * reversed), dismissed (refused again), withdrawn, or still pending.
     */
    public record Appeals(long lodged, long upheld, long dismissed, long withdrawn, long pending) {
    }

    static final List<String> AGE_BANDS = List.of("0-7", "8-30", "31-90", "91+");

    private final JdbcClient jdbc;
    private final AnalyticsProperties properties;
    private final Calendars calendars;
    private final Clock clock;
    private final ObjectProvider<FiguresFromElsewhere> elsewhere;
    private final BacklogAges backlogAges;
    private final AppealCounts appealCounts;

    KeyFigures(JdbcClient jdbc, AnalyticsProperties properties, Calendars calendars, Clock clock,
               ObjectProvider<FiguresFromElsewhere> elsewhere, BacklogAges backlogAges, AppealCounts appealCounts) {
        this.backlogAges = backlogAges;
        this.appealCounts = appealCounts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.calendars = calendars;
        this.clock = clock;
        this.elsewhere = elsewhere;
    }

    /**
     * The sections other modules keep for the same period and filters (appointments, notifications), by key;
     * the office narrows the sections that know offices.
     */
    public List<FiguresFromElsewhere.Section> elsewhere(Filter filter) {
        var from = start(filter);
        var to = endOfLastDay(filter);
        return elsewhere.orderedStream()
                .map(source -> source.figures(from, to, filter.service(), filter.department(), filter.office()))
                .sorted(Comparator.comparing(FiguresFromElsewhere.Section::key)).toList();
    }

    /** Read from kept counts ({@link BacklogCounts}): the cost grows with the days that have open cases, not with the cases. */
    public Backlog backlog(Filter filter) {
        var asOf = LocalDate.ofInstant(end(filter).minusNanos(1), calendars.zone()); // the period's last day, or today
        var ages = backlogAges.ages(filter, asOf);
        var bands = new LinkedHashMap<String, Long>();
        AGE_BANDS.forEach(b -> bands.put(b, 0L));
        ages.forEach((days, cases) -> bands.merge(days <= 7 ? "0-7" : days <= 30 ? "8-30" : days <= 90 ? "31-90" : "91+",
                cases, Long::sum));
        long open = ages.values().stream().mapToLong(Long::longValue).sum();
        return new Backlog(open, percentile(ages, 0.5), bands);
    }

    public Appeals appeals(Filter filter) {
        return appealCounts.lodged(filter, start(filter), endOfLastDay(filter));
    }

    /** The end of the period: the end of its last day, or now while that day is today. */
    private Instant end(Filter filter) {
        var endOfDay = endOfLastDay(filter);
        var now = clock.instant();
        return now.isBefore(endOfDay) ? now : endOfDay;
    }

    /** The period's first instant, in the country's time zone. */
    private Instant start(Filter filter) {
        return filter.from().atStartOfDay(calendars.zone()).toInstant();
    }

    /** The instant the period's last day ends, in the country's time zone. */
    private Instant endOfLastDay(Filter filter) {
        return filter.to().plusDays(1).atStartOfDay(calendars.zone()).toInstant();
    }

    public Figures of(Filter filter) {
        return grouped(filter, null).getOrDefault("", empty());
    }

    /** The figures of each service of the period (services with no case left out), by service code. */
    public Map<String, Figures> byService(Filter filter) {
        return grouped(filter, "service_code");
    }

    /** The figures of each department of the period, by department. */
    public Map<String, Figures> byDepartment(Filter filter) {
        return grouped(filter, "department");
    }

    private Figures empty() {
        return figures(new long[9], new LinkedHashMap<>(), new TreeMap<>());
    }

    /** @param group the column to group by, or null for one group under "" */
    private Map<String, Figures> grouped(Filter filter, @Nullable String group) {
        var clause = Dashboards.where(filter);
        var where = clause.sql();
        var params = clause.params();
        var key = group == null ? "''" : group;
        var groupBy = group == null ? "" : " GROUP BY " + group;
        var totals = new LinkedHashMap<String, long[]>();
        jdbc.sql("SELECT " + key + """
                        , COALESCE(SUM(submitted), 0), COALESCE(SUM(completed), 0), COALESCE(SUM(refused), 0),
                          COALESCE(SUM(withdrawn), 0), COALESCE(SUM(sla_met), 0), COALESCE(SUM(sla_missed), 0),
                          COALESCE(SUM(rated), 0), COALESCE(SUM(rating_sum), 0), COALESCE(SUM(rated_satisfied), 0)
                        FROM analytics_daily""" + where + groupBy)
                .params(params)
                .query((rs, n) -> totals.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)}))
                .list();
        var channels = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.sql("SELECT " + key + ", channel, SUM(submitted) FROM analytics_daily" + where + " GROUP BY "
                        + (group == null ? "" : group + ", ") + "channel ORDER BY channel")
                .params(params)
                .query((rs, n) -> channels.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        var histograms = new LinkedHashMap<String, SortedMap<Long, Long>>();
        jdbc.sql("SELECT " + key + ", days_taken, SUM(cases) FROM analytics_daily_decision_days" + where + " GROUP BY "
                        + (group == null ? "" : group + ", ") + "days_taken ORDER BY days_taken")
                .params(params)
                .query((rs, n) -> histograms.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getLong(2), rs.getLong(3)))
                .list();
        var out = new TreeMap<String, Figures>();
        totals.forEach((k, t) -> out.put(k, figures(t, channels.getOrDefault(k, new LinkedHashMap<>()),
                histograms.getOrDefault(k, new TreeMap<>()))));
        return out;
    }

    private Figures figures(long[] totals, Map<String, Long> channels, SortedMap<Long, Long> histogram) {
        long submitted = totals[0], completed = totals[1], refused = totals[2], withdrawn = totals[3];
        long ended = completed + refused + withdrawn;
        long onTime = totals[4], late = totals[5];
        long answers = totals[6];
        var satisfaction = new Satisfaction(answers, answers == 0 ? null : round((double) totals[7] / answers),
                share(totals[8], answers));
        return new Figures(submitted, completed, refused, withdrawn, share(completed, ended),
                percentile(histogram, 0.5), percentile(histogram, 0.9), share(onTime, onTime + late), channels,
                share(channels.getOrDefault("ONLINE", 0L), submitted), cost(channels, submitted), satisfaction);
    }

    /** The smallest number of days within which at least {@code q} of them fell (nearest rank). */
    private static @Nullable Integer percentile(SortedMap<Long, Long> days, double q) {
        var value = Histograms.nearestRank(days, q);
        return value == null ? null : value.intValue();
    }

    private @Nullable BigDecimal cost(Map<String, Long> channels, long submitted) {
        if (submitted == 0) return null;
        var total = BigDecimal.ZERO;
        for (var c : channels.entrySet()) {
            var unit = properties.costOn(c.getKey());
            if (unit == null) return null;
            total = total.add(unit.multiply(BigDecimal.valueOf(c.getValue())));
        }
        return total.divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP);
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
