package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operations room's daily figures per municipality (the live board's are {@link ComplaintLoads}):
 * registrations verified, assessments filed with the
 * households and people they count, beneficiaries filed, duplicates found and resolved, aid
 * granted, complaints opened, closed and escalated. Each figure is one
 * grouped query, whatever the number of municipalities.
 */
@Service
public class MunicipalFigures {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    MunicipalFigures(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /**
     * A day's figures per municipality (every municipality, in the order of the organisations), in the
     * country's time zone.
     */
    public Map<String, MunicipalDay> day(LocalDate day, ZoneId zone) {
        var from = Timestamp.from(day.atStartOfDay(zone).toInstant());
        var to = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        var days = new LinkedHashMap<String, MunicipalDay>();
        organisations.municipalities().forEach(m -> days.put(m.code(), MunicipalDay.NONE));
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

    private void add(Map<String, MunicipalDay> days, Timestamp from, Timestamp to, String figure, String sql) {
        jdbc.sql(sql).param("from", from).param("to", to).query(rs -> {
            var code = rs.getString(1);
            days.put(code, days.getOrDefault(code, MunicipalDay.NONE).plus(figure, rs.getInt(2)));
        });
    }
}
