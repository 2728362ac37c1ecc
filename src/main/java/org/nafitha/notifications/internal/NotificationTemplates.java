package org.nafitha.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nafitha.country.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Templates per event, language and channel. Saving adds a version; the newest one is used. */
@Repository
public class NotificationTemplates {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Languages languages;

    NotificationTemplates(JdbcClient jdbc, Clock clock, Languages languages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.languages = languages;
    }

    /** The languages people may choose to be told in: those the country offers. */
    public List<String> languages() {
        return languages.codes();
    }

    public record Template(TemplateKey key, String language, Channel channel, int version, @Nullable String subject,
                           String body, String createdBy) {
    }

    /** The outcome of saving: the new version, or why it was refused. */
    public sealed interface Saved permits Saved.Version, Saved.Refused {
        record Version(int number) implements Saved {
        }

        record Refused(List<TemplateText.Problem> problems) implements Saved {
        }
    }

    /**
     * The newest text in the language, or the English one while the language has none (a language
     * offered before its texts were written): a reader is told something they may read, never nothing.
     */
    public Optional<Template> currentOrEnglish(TemplateKey key, String language, Channel channel) {
        return current(key, language, channel).or(() -> current(key, "en", channel));
    }

    public Optional<Template> current(TemplateKey key, String language, Channel channel) {
        return jdbc.sql("""
                        SELECT version, subject, body, created_by FROM notification_templates
                        WHERE template_key = :k AND language = :l AND channel = :c ORDER BY version DESC LIMIT 1""")
                .param("k", key.key()).param("l", language).param("c", channel.name())
                .query((rs, n) -> new Template(key, language, channel, rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    public List<Template> history(TemplateKey key, String language, Channel channel) {
        return jdbc.sql("""
                        SELECT version, subject, body, created_by FROM notification_templates
                        WHERE template_key = :k AND language = :l AND channel = :c ORDER BY version DESC""")
                .param("k", key.key()).param("l", language).param("c", channel.name())
                .query((rs, n) -> new Template(key, language, channel, rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** A new version, refused with the reasons if the text does not fit its event. */
    @Transactional
    public Saved save(TemplateKey key, String language, Channel channel, @Nullable String subject, String body,
                      String by) {
        var problems = TemplateText.check(key, channel, subject, body);
        if (!problems.isEmpty()) return new Saved.Refused(problems);
        var next = current(key, language, channel).map(t -> t.version() + 1).orElse(1);
        insert(key, language, channel, next, subject, body, by);
        return new Saved.Version(next);
    }

    /** Version 1 from the shipped defaults, unless one exists (safe when nodes start together). */
    void seed(TemplateKey key, String language, Channel channel, @Nullable String subject, String body) {
        var problems = TemplateText.check(key, channel, subject, body);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("default template %s/%s/%s is invalid: %s"
                    .formatted(key.key(), language, channel, problems));
        }
        if (current(key, language, channel).isPresent()) return;
        try {
            insert(key, language, channel, 1, subject, body, "system");
        } catch (DuplicateKeyException seededByAnotherNode) {
            // the other node's version 1 is the same text
        }
    }

    private void insert(TemplateKey key, String language, Channel channel, int version, @Nullable String subject,
                        String body, String by) {
        jdbc.sql("""
                        INSERT INTO notification_templates (template_key, language, channel, version, subject, body,
                                                            created_by, created_at)
                        VALUES (:k, :l, :c, :v, :s, :b, :by, :at)""")
                .param("k", key.key()).param("l", language).param("c", channel.name()).param("v", version)
                .param("s", subject).param("b", body).param("by", by).param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
