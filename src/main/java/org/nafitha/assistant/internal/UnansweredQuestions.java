package org.nafitha.assistant.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.nafitha.country.ArabicText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions the assistant found nothing for, without personal data: every word that holds a
 * digit (a national ID, a phone number, a reference, a plate), every e-mail address and every web
 * address is taken out before the question is saved, and the rest is folded (hamza, ta marbuta),
 * so that the same question asked twice is counted once for the editors' list. Kept for
 * {@code nafitha.assistant.keep-unanswered} (a year by default), then forgotten.
 */
@Repository
public class UnansweredQuestions {

    static final int MAX = 300;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;

    UnansweredQuestions(JdbcClient jdbc, Clock clock,
                        @Value("${nafitha.assistant.keep-unanswered:P365D}") Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Questions older than the retention period are deleted; harmless when several nodes do it at once. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    public int forgetOld() {
        return jdbc.sql("DELETE FROM assistant_unanswered WHERE asked_at < :before")
                .param("before", Timestamp.from(Instant.now(clock).minus(keepFor))).update();
    }

    /** The question as it is kept: no digits, no addresses, folded; blank if nothing is left. */
    static String withoutPersonalData(String question) {
        var text = ArabicText.fold(question)
                .replaceAll("\\S*@\\S*", " ")
                .replaceAll("\\S*(https?:|www\\.)\\S*", " ")
                .replaceAll("\\S*\\d\\S*", " ")
                .replaceAll("[<>\"'`{}\\[\\]\\\\]", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() > MAX ? text.substring(0, MAX).strip() : text;
    }

    @Transactional
    void keep(String question, Locale locale) {
        var text = withoutPersonalData(question);
        if (text.isBlank()) return;
        jdbc.sql("INSERT INTO assistant_unanswered (question, lang, asked_at) VALUES (:q, :lang, :at)")
                .param("q", text).param("lang", "en".equals(locale.getLanguage()) ? "en" : "ar")
                .param("at", Timestamp.from(Instant.now(clock))).update();
    }

    /** A question and how often it was asked since a moment, the last time first among equals. */
    public record Asked(String question, String lang, long times, Instant last) {
    }

    /** The most common questions that found nothing since a moment. */
    public List<Asked> mostCommon(Instant since, int limit) {
        return jdbc.sql("""
                        SELECT question, lang, COUNT(*) AS times, MAX(asked_at) AS last FROM assistant_unanswered
                        WHERE asked_at >= :since GROUP BY question, lang ORDER BY times DESC, last DESC, question LIMIT :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new Asked(rs.getString("question"), rs.getString("lang"), rs.getLong("times"),
                        rs.getTimestamp("last").toInstant()))
                .list();
    }
}
