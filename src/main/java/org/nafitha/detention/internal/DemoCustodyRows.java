package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo custody register's rows as the register keeps them: a facility, a wing, a detainee, an approved contact. */
final class DemoCustodyRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCustodyRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void facility(String code, String ar, String en, long capMinor, String weekdays) {
        jdbc.sql("""
                        INSERT INTO detention_facilities (code, name_ar, name_en, deposit_cap_minor, visit_weekdays)
                        VALUES (:code, :ar, :en, :cap, :days)""")
                .param("code", code).param("ar", ar).param("en", en).param("cap", capMinor).param("days", weekdays).update();
    }

    void wing(String facility, String code, String ar, String en) {
        jdbc.sql("INSERT INTO detention_wings (facility, code, name_ar, name_en) VALUES (:f, :c, :ar, :en)")
                .param("f", facility).param("c", code).param("ar", ar).param("en", en).update();
    }

    void detainee(UUID id, String nid, String file, String ar, String en, String facility, String wing,
                          LocalDate admitted, String status, int visits, @Nullable String healthAr, @Nullable String healthEn,
                          boolean consent) {
        jdbc.sql("""
                        INSERT INTO detainees (id, national_id, file_number, name_ar, name_en, facility, wing, admitted_on,
                            legal_status, visits_allowed, monthly_visits, health_ar, health_en, health_consent, version)
                        VALUES (:id, :nid, :file, :ar, :en, :facility, :wing, :admitted, :status, :allowed, :visits,
                            :healthAr, :healthEn, :consent, 0)""")
                .param("id", id).param("nid", nid).param("file", file).param("ar", ar).param("en", en)
                .param("facility", facility).param("wing", wing).param("admitted", admitted).param("status", status)
                .param("allowed", visits > 0).param("visits", visits).param("healthAr", healthAr)
                .param("healthEn", healthEn).param("consent", consent).update();
    }

    void contact(UUID detainee, String person, String name, String relation) {
        jdbc.sql("""
                        INSERT INTO detention_contacts (id, detainee_id, person, name, relation, status, proposed_by,
                            decided_by, created_at, version)
                        VALUES (:id, :d, :p, :name, :relation, 'APPROVED', 'prison-officer1', 'prison-head1', :at, 0)""")
                .param("id", UUID.randomUUID()).param("d", detainee).param("p", person).param("name", name)
                .param("relation", relation).param("at", Timestamp.from(clock.instant())).update();
    }
}
