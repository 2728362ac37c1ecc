package org.nafitha.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.time.Instant;

/** The stored versions of service definitions, each as the YAML text it was written in. */
@Repository
public class ServiceVersions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record StoredVersion(String code, int version, String definition, String source, String createdBy,
                                Instant createdAt) {
    }

    /** Stores each file's version unless already stored (several nodes may start at once). */
    void seed(Collection<ServiceDefinition> fromFiles, Map<String, String> texts) {
        for (var d : fromFiles) {
            var text = texts.get(d.code());
            if (text == null) continue;
            insert(d.code(), d.version(), text, "FILE", "system");
        }
    }

    /** @return false when that version exists already (someone saved it first) */
    boolean insert(String code, int version, String text, String source, String by) {
        return jdbc.sql("""
                        INSERT INTO service_versions (code, version, definition, source, created_by, created_at)
                        VALUES (:code, :version, :text, :source, :by, :at) ON CONFLICT DO NOTHING""")
                .param("code", code).param("version", version).param("text", text).param("source", source)
                .param("by", by).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    Map<String, Integer> latestVersions() {
        var latest = new HashMap<String, Integer>();
        jdbc.sql("SELECT code, MAX(version) FROM service_versions GROUP BY code")
                .query(rs -> {
                    latest.put(rs.getString(1), rs.getInt(2));
                });
        return latest;
    }

    Optional<ServiceDefinition> definition(String code, int version) {
        return text(code, version).map(text -> {
            var parsed = CatalogueLoader.parse(text, code + " v" + version);
            if (parsed.definition() == null) {
                throw new IllegalStateException("Stored version is not valid: " + parsed.problems());
            }
            return parsed.definition();
        });
    }

    public Optional<String> text(String code, int version) {
        return jdbc.sql("SELECT definition FROM service_versions WHERE code = :code AND version = :version")
                .param("code", code).param("version", version).query(String.class).optional();
    }

    public List<StoredVersion> history(String code) {
        return jdbc.sql("""
                        SELECT code, version, definition, source, created_by, created_at FROM service_versions
                        WHERE code = :code ORDER BY version DESC""")
                .param("code", code)
                .query((rs, n) -> new StoredVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
