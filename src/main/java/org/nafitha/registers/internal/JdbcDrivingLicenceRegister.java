package org.nafitha.registers.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.nafitha.country.NationalId;
import org.nafitha.registers.DrivingLicence;
import org.nafitha.registers.DrivingLicenceRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The driving-licence register as kept in the {@code driving_licence_register} table. */
@Component
class JdbcDrivingLicenceRegister implements DrivingLicenceRegister {

    private final JdbcClient jdbc;

    JdbcDrivingLicenceRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DrivingLicence> heldBy(NationalId holder) {
        return jdbc.sql("""
                        SELECT licence_number, holder_national_id, kinds, issued_on, expires_on
                        FROM driving_licence_register WHERE holder_national_id = :id
                        ORDER BY expires_on DESC, licence_number FETCH FIRST 1 ROWS ONLY""")
                .param("id", holder.value())
                .query((rs, n) -> new DrivingLicence(rs.getString(1), new NationalId(rs.getString(2)),
                        Arrays.stream(rs.getString(3).split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList(),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .optional();
    }
}
