package org.nafitha.registers;

import java.util.Optional;

import org.nafitha.country.NationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.time.LocalDate;

/** Read access to the civil register table, kept in step with the national registry. */
@Service
public class CivilRegister {

    private final JdbcClient jdbc;

    CivilRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CivilRecord> find(NationalId id) {
        return jdbc.sql("""
                        SELECT national_id, full_name_ar, full_name_en, date_of_birth, passport_number,
                               passport_expiry, mobile
                        FROM civil_register WHERE national_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new CivilRecord(new NationalId(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)))
                .optional();
    }
}
