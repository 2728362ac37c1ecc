package org.nafitha.detention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.detention.Relation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts of each detainee. */
@Repository
public class DetaineeContacts {

    private static final String COLUMNS = "id, detainee_id, person, name, relation, status, proposed_by, version";

    private final JdbcClient jdbc;

    DetaineeContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> find(UUID detainee, String person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_contacts WHERE detainee_id = :d AND person = :p")
                .param("d", detainee).param("p", person).query(DetaineeContacts::contact).optional();
    }

    public Optional<Contact> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_contacts WHERE id = :id")
                .param("id", id).query(DetaineeContacts::contact).optional();
    }

    public List<Contact> approvedFor(String person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_contacts WHERE person = :p AND status = 'APPROVED'")
                .param("p", person).query(DetaineeContacts::contact).list();
    }

    public List<Contact> of(UUID detainee) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM detention_contacts WHERE detainee_id = :d ORDER BY created_at")
                .param("d", detainee).query(DetaineeContacts::contact).list();
    }

    public List<Contact> proposedIn(String facility) {
        return jdbc.sql("""
                        SELECT c.id, c.detainee_id, c.person, c.name, c.relation, c.status, c.proposed_by, c.version
                        FROM detention_contacts c JOIN detainees d ON d.id = c.detainee_id
                        WHERE d.facility = :f AND c.status = 'PROPOSED' ORDER BY c.created_at""")
                .param("f", facility).query(DetaineeContacts::contact).list();
    }

    public void propose(UUID detainee, String person, String name, Relation relation, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO detention_contacts (id, detainee_id, person, name, relation, status, proposed_by,
                                                        created_at, version)
                        VALUES (:id, :d, :p, :name, :relation, 'PROPOSED', :by, :at, 0)""")
                .param("id", UUID.randomUUID()).param("d", detainee).param("p", person).param("name", name)
                .param("relation", relation.name()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Conditional on the version read: false when someone else moved it first. */
    public boolean move(Contact c, Contact.Status to, String by) {
        return jdbc.sql("""
                        UPDATE detention_contacts SET status = :to, decided_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("to", to.name()).param("by", by).param("id", c.id()).param("version", c.version())
                .update() == 1;
    }

    private static Contact contact(ResultSet rs, int n) throws SQLException {
        return new Contact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                Relation.valueOf(rs.getString(5)), Contact.Status.valueOf(rs.getString(6)), rs.getString(7),
                rs.getInt(8));
    }
}
