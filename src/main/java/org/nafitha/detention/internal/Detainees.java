package org.nafitha.detention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.country.NationalId;
import org.nafitha.detention.LegalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The custody register's people. */
@Repository
public class Detainees {

    private static final String COLUMNS = """
            id, national_id, file_number, name_ar, name_en, facility, wing, admitted_on, legal_status, sentence_ar,
            sentence_en, expected_release, visits_allowed, monthly_visits, health_ar, health_en, health_consent, version""";

    private final JdbcClient jdbc;

    Detainees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Detainee> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detainees WHERE id = :id").param("id", id)
                .query(Detainees::detainee).optional();
    }

    /** Holds the detainee's row until the transaction ends, so two requests cannot both take the last visit. */
    public void lock(UUID id) {
        jdbc.sql("SELECT id FROM detainees WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).list();
    }

    public List<Detainee> inFacility(String facility) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detainees WHERE facility = :facility ORDER BY name_ar")
                .param("facility", facility).query(Detainees::detainee).list();
    }

    /** Conditional on the version the caller read: a concurrent change makes this answer false. */
    public boolean changeStatus(Detainee d, LegalStatus status) {
        return jdbc.sql("""
                        UPDATE detainees SET legal_status = :status, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("id", d.id()).param("version", d.version()).update() == 1;
    }

    public void setMonthlyVisits(UUID id, int visits) {
        jdbc.sql("UPDATE detainees SET monthly_visits = :visits, version = version + 1 WHERE id = :id")
                .param("visits", visits).param("id", id).update();
    }

    private static Detainee detainee(ResultSet rs, int n) throws SQLException {
        return new Detainee(rs.getObject("id", UUID.class), new NationalId(rs.getString("national_id")),
                rs.getString("file_number"), rs.getString("name_ar"), rs.getString("name_en"), rs.getString("facility"),
                rs.getString("wing"), rs.getObject("admitted_on", LocalDate.class),
                LegalStatus.valueOf(rs.getString("legal_status")), rs.getString("sentence_ar"),
                rs.getString("sentence_en"), rs.getObject("expected_release", LocalDate.class),
                rs.getBoolean("visits_allowed"), rs.getInt("monthly_visits"), rs.getString("health_ar"),
                rs.getString("health_en"), rs.getBoolean("health_consent"), rs.getInt("version"));
    }
}
