package org.nafitha.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** How each person wants to be told: language and channels. No choice made yet: Arabic, by SMS and push. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param byPush to every device the person registered (none registered: nothing is pushed) */
    @Schema(example = """
            {"language": "ar", "bySms": true, "byEmail": false, "email": null, "byPush": true}""")
    public record Preference(String language, boolean bySms, boolean byEmail, @Nullable String email, boolean byPush) {

        public static final Preference DEFAULT = new Preference("ar", true, false, null, true);
    }

    public Preference of(String recipient) {
        return stored(recipient).orElse(Preference.DEFAULT);
    }

    /** What the person chose, if they ever chose (or registered in a language). */
    public Optional<Preference> stored(String recipient) {
        return jdbc.sql("SELECT language, by_sms, by_email, email, by_push FROM notification_preferences WHERE recipient = :r")
                .param("r", recipient)
                .query((rs, n) -> new Preference(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                        rs.getBoolean(5)))
                .optional();
    }

    /**
     * The language the person reads, kept for every channel; the rest of their choice as it was (the
     * defaults for someone who never chose). Safe when two requests remember at once.
     */
    public void rememberLanguage(String recipient, String language, Instant at) {
        if (updateLanguage(recipient, language, at)) return;
        var d = Preference.DEFAULT;
        try {
            jdbc.sql("""
                            INSERT INTO notification_preferences (recipient, language, by_sms, by_email, email, by_push, updated_at)
                            VALUES (:r, :l, :sms, :mail, :email, :push, :at)""")
                    .params(params(recipient, new Preference(language, d.bySms(), d.byEmail(), d.email(), d.byPush()), at)).update();
        } catch (DuplicateKeyException another) {
            updateLanguage(recipient, language, at);
        }
    }

    private boolean updateLanguage(String recipient, String language, Instant at) {
        return jdbc.sql("UPDATE notification_preferences SET language = :l, updated_at = :at WHERE recipient = :r")
                .param("l", language).param("at", Timestamp.from(at)).param("r", recipient).update() > 0;
    }

    public void save(String recipient, Preference preference, Instant at) {
        var updated = jdbc.sql("""
                        UPDATE notification_preferences SET language = :l, by_sms = :sms, by_email = :mail,
                               email = :email, by_push = :push, updated_at = :at WHERE recipient = :r""")
                .params(params(recipient, preference, at)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO notification_preferences (recipient, language, by_sms, by_email, email, by_push, updated_at)
                            VALUES (:r, :l, :sms, :mail, :email, :push, :at)""")
                    .params(params(recipient, preference, at)).update();
        }
    }

    private static Map<String, Object> params(String recipient, Preference p, Instant at) {
        var map = new HashMap<String, Object>();
        map.put("r", recipient);
        map.put("l", p.language());
        map.put("sms", p.bySms());
        map.put("mail", p.byEmail());
        map.put("email", p.email());
        map.put("push", p.byPush());
        map.put("at", Timestamp.from(at));
        return map;
    }
}
