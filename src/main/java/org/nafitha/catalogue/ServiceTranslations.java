package org.nafitha.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Translators' saved wordings of catalogue texts, each a new version (V98). */
@Repository
public class ServiceTranslations {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceTranslations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Version(String key, String language, int version, String text, String createdBy) {
    }

    /** Key → language → the newest saved wording. */
    Map<String, Map<String, String>> latest() {
        var latest = new HashMap<String, Map<String, String>>();
        jdbc.sql("""
                        SELECT t.text_key, t.language, t.text FROM catalogue_translations t
                        WHERE t.version = (SELECT MAX(u.version) FROM catalogue_translations u
                                           WHERE u.text_key = t.text_key AND u.language = t.language)""")
                .query(rs -> {
                    latest.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return latest;
    }

    /** Changes whenever anyone saves: other nodes take the new wordings on their next refresh. */
    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_translations").query(Long.class).single();
    }

    /** Every saved version of the service's texts in the language, newest first. */
    public List<Version> history(String code, String language) {
        return jdbc.sql("""
                        SELECT text_key, language, version, text, created_by FROM catalogue_translations
                        WHERE service_code = :code AND language = :language ORDER BY id DESC""")
                .param("code", code).param("language", language)
                .query((rs, n) -> new Version(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** @return false when that version exists already (another translator saved the same text first) */
    boolean insert(String code, String key, String language, int version, String text, String by) {
        return jdbc.sql("""
                        INSERT INTO catalogue_translations (service_code, text_key, language, version, text, created_by, created_at)
                        VALUES (:code, :key, :language, :version, :text, :by, :at) ON CONFLICT DO NOTHING""")
                .param("code", code).param("key", key).param("language", language).param("version", version)
                .param("text", text).param("by", by).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    int currentVersion(String key, String language) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM catalogue_translations WHERE text_key = :key AND language = :language")
                .param("key", key).param("language", language).query(Integer.class).single();
    }
}
