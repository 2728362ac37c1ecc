package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operations room's figures: the live board (open and late complaints per municipality and per
 * category) and a day's report per municipality — registrations verified, beneficiaries filed and
 * duplicates found and resolved, complaints opened, closed and escalated. Each figure is one
 * grouped query, whatever the number of municipalities.
 */
@Service
public class MunicipalFigures {

    /** Open and late complaints of one municipality or category. */
    public record Load(int open, int late) {
    }

    /** One municipality's day. */
    public record Day(int registrationsVerified, int beneficiariesFiled, int duplicatesFound, int duplicatesResolved,
                      int complaintsOpened, int complaintsClosed, int complaintsEscalated) {

        static final Day NONE = new Day(0, 0, 0, 0, 0, 0, 0);

        Day plus(Day o) {
            return new Day(registrationsVerified + o.registrationsVerified, beneficiariesFiled + o.beneficiariesFiled,
                    duplicatesFound + o.duplicatesFound, duplicatesResolved + o.duplicatesResolved,
                    complaintsOpened + o.complaintsOpened, complaintsClosed + o.complaintsClosed,
                    complaintsEscalated + o.complaintsEscalated);
        }

        public boolean quiet() {
            return equals(NONE);
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
        add(days, from, to, "SELECT municipality, COUNT(*) FROM municipal_registrations WHERE status = 'VERIFIED' "
                + "AND decided_at >= :from AND decided_at < :to GROUP BY municipality", 0);
        add(days, from, to, "SELECT municipality, COUNT(*) FROM municipal_beneficiaries WHERE filed_at >= :from "
                + "AND filed_at < :to GROUP BY municipality", 1);
        add(days, from, to, """
                SELECT b.municipality, COUNT(*) FROM municipal_beneficiary_matches m
                JOIN municipal_beneficiaries b ON b.id = m.beneficiary_id
                WHERE b.filed_at >= :from AND b.filed_at < :to GROUP BY b.municipality""", 2);
        add(days, from, to, """
                SELECT b.municipality, COUNT(*) FROM municipal_match_resolutions r
                JOIN municipal_beneficiaries b ON b.id = r.beneficiary_id
                WHERE r.resolved_at >= :from AND r.resolved_at < :to GROUP BY b.municipality""", 3);
        add(days, from, to, "SELECT municipality, COUNT(*) FROM municipal_complaints WHERE filed_at >= :from "
                + "AND filed_at < :to GROUP BY municipality", 4);
        add(days, from, to, "SELECT municipality, COUNT(*) FROM municipal_complaints WHERE closed_at >= :from "
                + "AND closed_at < :to GROUP BY municipality", 5);
        add(days, from, to, "SELECT municipality, COUNT(*) FROM municipal_complaints WHERE escalated_at >= :from "
                + "AND escalated_at < :to GROUP BY municipality", 6);
        return days;
    }

    /** The sum of a day's lines. */
    public static Day total(Map<String, Day> days) {
        return days.values().stream().reduce(Day.NONE, Day::plus);
    }

    private void add(Map<String, Day> days, Timestamp from, Timestamp to, String sql, int figure) {
        jdbc.sql(sql).param("from", from).param("to", to).query(rs -> {
            var code = rs.getString(1);
            var n = rs.getInt(2);
            var d = days.getOrDefault(code, Day.NONE);
            var counts = new int[]{d.registrationsVerified(), d.beneficiariesFiled(), d.duplicatesFound(),
                    d.duplicatesResolved(), d.complaintsOpened(), d.complaintsClosed(), d.complaintsEscalated()};
            counts[figure] += n;
            days.put(code, new Day(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
        });
    }

    static List<String> figureNames() {
        return List.of("registrationsVerified", "beneficiariesFiled", "duplicatesFound", "duplicatesResolved",
                "complaintsOpened", "complaintsClosed", "complaintsEscalated");
    }
}
