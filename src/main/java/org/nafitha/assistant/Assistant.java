package org.nafitha.assistant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;

/**
 * Answers a person's question about the services from the catalogue alone. Every part of an answer
 * is a copy of the service definition it names (code and version), so the page can say where it
 * comes from; nothing is composed.
 */
public interface Assistant {

    /** The longest question answered; a longer one is refused with a message beside the field. */
    int MAX_QUESTION = 500;

    /**
     * @param question as the person typed it; markup and query syntax are only words
     * @param locale   the language of the answer (Arabic unless English)
     * @param actor    who asks, if signed in: staff also see the staff services, and a signed-in
     *                 person may ask where their own applications are
     */
    Reply ask(String question, Locale locale, @Nullable Actor actor);

    /** Facts read in the question that change the answer. */
    enum Fact {
        /** For a child, a worker, a relative: the mandate (or guardian) route. */
        FOR_SOMEONE_ELSE,
        LOST,
        DAMAGED,
        URGENT
    }

    /**
     * @param answers       the services that fit, best first (at most three)
     * @param clarify       when two services fit about equally: one question and its choices
     * @param notFound      nothing in the catalogue fits: offer the written channel and the hotline
     * @param notUnderstood no words to look for (empty, only symbols, a script it does not read)
     * @param applications  "where is my application?": the asker's own applications, if signed in
     * @param signInNeeded  the question was about an application, and nobody is signed in
     */
    record Reply(List<Answer> answers, @Nullable Clarify clarify, boolean notFound, boolean notUnderstood,
                 Set<Fact> facts, @Nullable List<ApplicationStatus> applications, boolean signInNeeded) {

        public Reply {
            answers = List.copyOf(answers);
            facts = Set.copyOf(facts);
            applications = applications == null ? null : List.copyOf(applications);
        }
    }

    /**
     * One service as the catalogue describes it.
     *
     * @param version        the catalogue version every part was copied from
     * @param forOthers      the service may be applied for someone else (a child, a sponsored resident,
     *                       an employee), through the guardian or mandate route
     * @param kiosk          the service is also offered on the self-service kiosks
     */
    @Schema(name = "AssistantAnswer")
    record Answer(String service, int version, String title, double score, String summary, String eligibility,
                  List<String> documents, List<Fee> fees, List<String> steps, int slaDays, boolean appointment,
                  boolean forOthers, boolean kiosk, String startUrl) {

        public Answer {
            documents = List.copyOf(documents);
            fees = List.copyOf(fees);
            steps = List.copyOf(steps);
        }
    }

    /** A fee line of the service's schedule (or its single fee). */
    record Fee(String label, BigDecimal amount) {
    }

    /** @param choices service code → its title, in the order offered */
    record Clarify(String question, List<Choice> choices) {

        public Clarify {
            choices = List.copyOf(choices);
        }
    }

    @Schema(name = "AssistantChoice")
    record Choice(String service, String title) {
    }

    /** One of the asker's own applications: its status and when it last moved. */
    record ApplicationStatus(String reference, String service, String title, String status, Instant updatedAt) {
    }

    /** For {@link Locale}-free callers. */
    static Locale locale(@Nullable String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
    }
}
