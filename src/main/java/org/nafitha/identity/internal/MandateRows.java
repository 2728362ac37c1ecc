package org.nafitha.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

/** How {@link JdbcMandates} reads a mandate: the row with both people's names from the civil register. */
final class MandateRows {

    static final String SELECT = """
            SELECT m.id, m.principal, m.delegate, m.granted_by, m.basis, m.scope, m.valid_from, m.valid_until, m.revoked_at,
                   p.full_name_ar, p.full_name_en, d.full_name_ar, d.full_name_en
            FROM mandates m
            JOIN civil_register p ON p.national_id = m.principal
            JOIN civil_register d ON d.national_id = m.delegate
            """;

    private MandateRows() {
    }

    static Mandate row(ResultSet rs, int n) throws SQLException {
        var until = rs.getTimestamp(8);
        var revoked = rs.getTimestamp(9);
        return new Mandate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Arrays.asList(rs.getString(6).split(",")), rs.getTimestamp(7).toInstant(),
                until == null ? null : until.toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
