package org.nafitha.contactcentre.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.UUID;

/** The written conversations and their messages. */
@Repository
class Conversations {

    private static final String COLUMNS = "id, reference, person, topic, case_reference, status, opened_at, updated_at";

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Conversation c) {
        jdbc.sql("""
                        INSERT INTO commcentre_conversations (id, reference, person, topic, case_reference, status,
                                                              opened_at, updated_at)
                        VALUES (:id, :ref, :person, :topic, :case, :status, :opened, :updated)""")
                .param("id", c.id()).param("ref", c.reference()).param("person", c.person()).param("topic", c.topic())
                .param("case", c.caseReference()).param("status", c.status().name())
                .param("opened", Timestamp.from(c.openedAt())).param("updated", Timestamp.from(c.updatedAt()))
                .update();
    }

    Optional<Conversation> find(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commcentre_conversations WHERE reference = :ref")
                .param("ref", reference).query(Conversations::row).optional();
    }

    List<Conversation> of(String person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commcentre_conversations WHERE person = :p ORDER BY updated_at DESC")
                .param("p", person).query(Conversations::row).list();
    }

    /** Open conversations, those waiting for the centre first, the longest waiting first. */
    List<Conversation> open(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM commcentre_conversations WHERE status <> 'CLOSED'
                        ORDER BY CASE status WHEN 'WAITING' THEN 0 ELSE 1 END, updated_at LIMIT :limit""")
                .param("limit", limit).query(Conversations::row).list();
    }

    void add(Conversation c, String author, boolean fromStaff, String body, Instant at) {
        jdbc.sql("""
                        INSERT INTO commcentre_messages (conversation_id, author, from_staff, body, written_at)
                        VALUES (:id, :author, :staff, :body, :at)""")
                .param("id", c.id()).param("author", author).param("staff", fromStaff).param("body", body)
                .param("at", Timestamp.from(at)).update();
    }

    /** Moves the conversation on unless it was closed meanwhile; false when it was. */
    boolean moveTo(Conversation c, Conversation.Status status, Instant at) {
        return jdbc.sql("""
                        UPDATE commcentre_conversations SET status = :status, updated_at = :at
                        WHERE id = :id AND status <> 'CLOSED'""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", c.id()).update() == 1;
    }

    boolean close(Conversation c, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE commcentre_conversations SET status = 'CLOSED', updated_at = :at, closed_at = :at,
                               closed_by = :by
                        WHERE id = :id AND status <> 'CLOSED'""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", c.id()).update() == 1;
    }

    List<Conversation.Message> messages(Conversation c) {
        return jdbc.sql("""
                        SELECT author, from_staff, body, written_at FROM commcentre_messages
                        WHERE conversation_id = :id ORDER BY id""")
                .param("id", c.id())
                .query((rs, n) -> new Conversation.Message(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static Conversation row(ResultSet rs, int n) throws SQLException {
        return new Conversation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Conversation.Status.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant());
    }
}
