package org.nafitha.registers.internal;

import java.time.LocalDate;
import java.util.List;

import org.nafitha.country.NationalId;
import org.nafitha.registers.Violation;
import org.nafitha.registers.ViolationRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The traffic-violation register as kept in the {@code traffic_violation_register} table. */
@Component
class JdbcViolationRegister implements ViolationRegister {

    private final JdbcClient jdbc;

    JdbcViolationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Violation> of(NationalId holder) {
        return jdbc.sql("""
                        SELECT violation_number, holder_national_id, plate_latin, committed_on, place_ar, place_en,
                               kind_ar, kind_en, amount, paid
                        FROM traffic_violation_register WHERE holder_national_id = :id
                        ORDER BY committed_on DESC, violation_number DESC""")
                .param("id", holder.value())
                .query((rs, n) -> new Violation(rs.getString(1), new NationalId(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getBigDecimal(9), rs.getBoolean(10)))
                .list();
    }

    @Override
    public boolean recordPaid(String violationNumber) {
        return jdbc.sql("UPDATE traffic_violation_register SET paid = TRUE WHERE violation_number = :n AND paid = FALSE")
                .param("n", violationNumber).update() == 1;
    }
}
