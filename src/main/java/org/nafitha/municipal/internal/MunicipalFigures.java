package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operations room's figures: the live board (open and late complaints per municipality and per
 * category) and a day's report per municipality — registrations verified, assessments filed with
 * the households and people they count, beneficiaries filed, duplicates found and resolved, aid
 * granted, complaints opened, closed and escalated. Each figure is one
 * grouped query, whatever the number of municipalities.
 */
@Service
public class MunicipalFigures {

    /** Open and late complaints of one municipality or category. */
    public record Load(int open, int late) {
    }

    /** The day's figures, in the order the report shows them. */
    public static final List<String> FIGURES = List.of("registrationsVerified", "assessmentsFiled", "householdsAssessed",
            "peopleAssessed", "beneficiariesFiled", "duplicatesFound", "duplicatesResolved", "aidGranted",
            "complaintsOpened", "complaintsClosed", "complaintsEscalated");

    /** One municipality's day: each of {@link #FIGURES} and its count. */
    public record Day(Map<String, Integer> counts) {

        static final Day NONE = new Day(Map.of());

        public Day {
            counts = Map.copyOf(counts);
        }

        public int get(String figure) {
            return counts.getOrDefault(figure, 0);
        }

        Day plus(String figure, int n) {
            var more = new HashMap<>(counts);
            more.merge(figure, n, Integer::sum);
            return new Day(more);
        }

        Day plus(Day o) {
            var sum = this;
            for (var e : o.counts.entrySet()) sum = sum.plus(e.getKey(), e.getValue());
            return sum;
        }

        public boolean quiet() {
            return counts.values().stream().allMatch(n -> n == 0);
        }
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    MunicipalFigures(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Open and late complaints per municipality, every municipality of the map listed. */
    public Map<String, Load> loadByMunicipality() {
        var load = new LinkedHashMap<String, Load>();
        organisations.municipalities().forEach(m -> load.put(m.code(), new Load(0, 0)));
        load(load, "municipality");
        return load;
    }

    /** Open and late complaints per category (only the categories with something open). */
    public Map<String, Load> loadByCategory() {
        var load = new LinkedHashMap<String, Load>();
        load(load, "category");
        return load;
    }

    private void load(Map<String, Load> into, String column) {
        jdbc.sql("SELECT " + column + """
                        , COUNT(*), SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END)
                        FROM municipal_complaints WHERE status = 'OPEN' GROUP BY\s""" + column + " ORDER BY 2 DESC")
                .param("now", Timestamp.from(clock.instant()))
                .query(rs -> {
                    into.put(rs.getString(1), new Load(rs.getInt(2), rs.getInt(3)));
                });
    }

    /**
     * A day's figures per municipality (every municipality, in the order of the organisations), in the
     * country's time zone.
     */
    public Map<String, Day> day(LocalDate day, ZoneId zone) {
        var from = Timestamp.from(day.atStartOfDay(zone).toInstant());
        var to = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        var days = new LinkedHashMap<String, Day>();
        organisations.municipalities().forEach(m -> days.put(m.code(), Day.NONE));
        add(days, from, to, "registrationsVerified", "SELECT municipality, COUNT(*) FROM municipal_registrations "
                + "WHERE status = 'VERIFIED' AND decided_at >= :from AND decided_at < :to GROUP BY municipality");
        add(days, from, to, "assessmentsFiled", "SELECT municipality, COUNT(*) FROM municipal_assessments "
                + "WHERE status = 'FILED' AND filed_at >= :from AND filed_at < :to GROUP BY municipality");
        add(days, from, to, "householdsAssessed", "SELECT municipality, COUNT(*) FROM municipal_assessments "
                + "WHERE status = 'FILED' AND form_id = 'household-assessment' AND filed_at >= :from AND filed_at < :to "
                + "GROUP BY municipality");
        add(days, from, to, "peopleAssessed", """
                SELECT a.municipality, COUNT(*) FROM municipal_assessment_members m
                JOIN municipal_assessments a ON a.id = m.assessment_id
                WHERE a.status = 'FILED' AND a.form_id = 'household-assessment' AND a.filed_at >= :from AND a.filed_at < :to
                GROUP BY a.municipality""");
        add(days, from, to, "beneficiariesFiled", "SELECT municipality, COUNT(*) FROM municipal_beneficiaries "
                + "WHERE filed_at >= :from AND filed_at < :to GROUP BY municipality");
        add(days, from, to, "duplicatesFound", """
                SELECT b.municipality, COUNT(*) FROM municipal_beneficiary_matches m
                JOIN municipal_beneficiaries b ON b.id = m.beneficiary_id
                WHERE b.filed_at >= :from AND b.filed_at < :to GROUP BY b.municipality""");
        add(days, from, to, "duplicatesResolved", """
                SELECT b.municipality, COUNT(*) FROM municipal_match_resolutions r
                JOIN municipal_beneficiaries b ON b.id = r.beneficiary_id
                WHERE r.resolved_at >= :from AND r.resolved_at < :to GROUP BY b.municipality""");
        add(days, from, to, "aidGranted", "SELECT municipality, COUNT(*) FROM municipal_aid_decisions "
                + "WHERE outcome = 'GRANTED' AND decided_at >= :from AND decided_at < :to GROUP BY municipality");
        add(days, from, to, "complaintsOpened", "SELECT municipality, COUNT(*) FROM municipal_complaints "
                + "WHERE filed_at >= :from AND filed_at < :to GROUP BY municipality");
        add(days, from, to, "complaintsClosed", "SELECT municipality, COUNT(*) FROM municipal_complaints "
                + "WHERE closed_at >= :from AND closed_at < :to GROUP BY municipality");
        add(days, from, to, "complaintsEscalated", "SELECT municipality, COUNT(*) FROM municipal_complaints "
                + "WHERE escalated_at >= :from AND escalated_at < :to GROUP BY municipality");
        return days;
    }

    /** The sum of a day's lines. */
    public static Day total(Map<String, Day> days) {
        return days.values().stream().reduce(Day.NONE, Day::plus);
    }

    private void add(Map<String, Day> days, Timestamp from, Timestamp to, String figure, String sql) {
        jdbc.sql(sql).param("from", from).param("to", to).query(rs -> {
            var code = rs.getString(1);
            days.put(code, days.getOrDefault(code, Day.NONE).plus(figure, rs.getInt(2)));
        });
    }
}
