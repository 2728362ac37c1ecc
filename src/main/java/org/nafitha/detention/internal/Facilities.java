package org.nafitha.detention.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facilities and their visit rules (visiting weekdays as ISO numbers "5,6"; blackout days). */
@Repository
public class Facilities {

    private final JdbcClient jdbc;

    Facilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Facility> find(String code) {
        return jdbc.sql("SELECT code, name_ar, name_en, deposit_cap_minor, visit_weekdays FROM detention_facilities WHERE code = :c")
                .param("c", code)
                .query((rs, n) -> new Facility(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank())
                                .map(s -> DayOfWeek.of(Integer.parseInt(s.strip()))).collect(Collectors.toSet())))
                .optional();
    }

    public boolean isBlackout(String facility, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM detention_blackout_days WHERE facility = :f AND closed_on = :d")
                .param("f", facility).param("d", day).query(Long.class).single() > 0;
    }

    public record Blackout(LocalDate day, String reasonAr, String reasonEn) {
    }

    public List<Blackout> blackouts(String facility, LocalDate from) {
        return jdbc.sql("SELECT closed_on, reason_ar, reason_en FROM detention_blackout_days WHERE facility = :f AND closed_on >= :from ORDER BY closed_on")
                .param("f", facility).param("from", from)
                .query((rs, n) -> new Blackout(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
    }

    public void addBlackout(String facility, LocalDate day, String reasonAr, String reasonEn) {
        jdbc.sql("""
                        INSERT INTO detention_blackout_days (facility, closed_on, reason_ar, reason_en)
                        VALUES (:f, :d, :ar, :en) ON CONFLICT DO NOTHING""")
                .param("f", facility).param("d", day).param("ar", reasonAr).param("en", reasonEn).update();
    }

    public void setVisitDays(String facility, String isoWeekdays) {
        jdbc.sql("UPDATE detention_facilities SET visit_weekdays = :w WHERE code = :f")
                .param("w", isoWeekdays).param("f", facility).update();
    }
}
