package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers checked but not yet submitted, between the form and the "check your answers" page. A
 * draft's ID is the idempotency key of its submission, so a double click opens one case.
 */
@Repository
public class Drafts {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<UUID>>> DOCUMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Drafts(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public record Draft(UUID id, String serviceCode, Map<String, String> input, Map<String, List<UUID>> documents,
                        @Nullable String onBehalfOf) {
    }

    public UUID save(String owner, String serviceCode, Map<String, String> input, Map<String, List<UUID>> documents,
                     @Nullable String onBehalfOf) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO application_drafts (id, owner, service_code, input, documents, created_at, on_behalf_of)
                        VALUES (:id, :owner, :service, :input, :docs, :at, :behalf)""")
                .param("behalf", onBehalfOf)
                .param("id", id).param("owner", owner).param("service", serviceCode)
                .param("input", json.writeValueAsString(input)).param("docs", json.writeValueAsString(documents))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Only the owner's drafts exist for them. */
    public Optional<Draft> find(UUID id, String owner) {
        return jdbc.sql("SELECT id, service_code, input, documents, on_behalf_of FROM application_drafts WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner)
                .query((rs, n) -> new Draft(rs.getObject(1, UUID.class), rs.getString(2),
                        json.readValue(rs.getString(3), ANSWERS), json.readValue(rs.getString(4), DOCUMENTS),
                        rs.getString(5)))
                .optional();
    }
}
