package org.nafitha.municipal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A registration read with its proposal, as the queue lists it: the columns and joins selected, and their mapping. */
final class RegistrationQueueRows {

    static final String COLUMNS = """
            r.id, r.municipality, r.role, r.position, r.official_name, r.national_id, r.mobile, r.username,
            r.decree_document, r.status, r.refusal_reason, r.registered_at, p.proposed_by, p.batch_id
            FROM municipal_registrations r
            LEFT JOIN municipal_registration_proposals p ON p.registration_id = r.id""";

    private RegistrationQueueRows() {
    }

    static RegistrationQueue.Entry entry(ResultSet rs) throws SQLException {
        return new RegistrationQueue.Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class),
                rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13),
                rs.getObject(14, UUID.class));
    }
}
