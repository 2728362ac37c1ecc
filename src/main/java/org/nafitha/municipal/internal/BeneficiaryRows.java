package org.nafitha.municipal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A row of {@code municipal_beneficiaries} read back as a beneficiary: the columns selected and their mapping. */
final class BeneficiaryRows {

    static final String COLUMNS = """
            id, municipality, national_id, first_name, father_name, grandfather_name, family_name, mother_name,
            birth_date, birth_year, birth_place, filed_by, filed_at""";

    private BeneficiaryRows() {
    }

    static Beneficiaries.Beneficiary beneficiary(ResultSet rs) throws SQLException {
        var date = rs.getDate("birth_date");
        var year = rs.getObject("birth_year", Integer.class);
        var person = new Person(rs.getString("national_id"), rs.getString("first_name"), rs.getString("father_name"),
                rs.getString("grandfather_name"), rs.getString("family_name"), rs.getString("mother_name"),
                date == null ? null : date.toLocalDate(), date == null ? year : null, rs.getString("birth_place"));
        return new Beneficiaries.Beneficiary(rs.getObject("id", UUID.class), rs.getString("municipality"), person,
                rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant());
    }
}
