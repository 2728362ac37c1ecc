package org.nafitha.assistant.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant;
import org.nafitha.country.Languages;
import org.nafitha.identity.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The assistant for the mobile app: public like the catalogue (a signed-in caller may also ask
 * after their own applications). A question is a query, not a creation: no Idempotency-Key.
 */
@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Guidance assistant")
class AssistantApi {

    private final Assistant assistant;
    private final CurrentActor current;
    private final MessageSource messages;

    private final Languages languages;

    AssistantApi(Assistant assistant, CurrentActor current, MessageSource messages, Languages languages) {
        this.languages = languages;
        this.assistant = assistant;
        this.current = current;
        this.messages = messages;
    }

    record AssistantQuestion(@Schema(example = "جوازي ينتهي الشهر القادم، كيف أجدده؟") @Nullable String question,
                             @Schema(example = "ar") @Nullable String lang) {
    }

    @Operation(summary = "Ask the guidance assistant about the services",
            description = "Answers from the catalogue only: the services that fit, best first, each with its eligibility, "
                    + "documents, fee lines, steps, time in working days and where to start; a clarifying question when "
                    + "two services fit about equally; notFound with the written channel and the hotline when nothing "
                    + "fits. lang is ar (default), en or another language the country offers (ur, hi, bn, fil, ml, fr): "
                    + "the answer's texts are the catalogue's in that language, English where a text is not translated yet.")
    @ApiResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AssistantReply.class)))
    @ApiResponse(responseCode = "400",
            description = "An empty or over-long question, or a language the country does not offer (problem+json naming the field)")
    @PostMapping("/ask")
    ResponseEntity<?> ask(@RequestBody AssistantQuestion body) {
        var lang = body.lang() == null || body.lang().isBlank() ? "ar" : body.lang().strip().toLowerCase(Locale.ROOT);
        if (!languages.codes().contains(lang)) {
            return problem("lang", AssistantError.LANG_UNSUPPORTED, Locale.forLanguageTag("ar"), Assistant.MAX_QUESTION);
        }
        var locale = Locale.forLanguageTag(lang);
        var question = body.question() == null ? "" : body.question().strip();
        if (question.isEmpty()) return problem("question", AssistantError.QUESTION_EMPTY, locale, Assistant.MAX_QUESTION);
        if (question.length() > Assistant.MAX_QUESTION) {
            return problem("question", AssistantError.QUESTION_TOO_LONG, locale, Assistant.MAX_QUESTION);
        }
        var reply = assistant.ask(question, locale, current.get().orElse(null));
        return ResponseEntity.ok(AssistantReply.of(reply, locale, messages));
    }

    /** In the question's language, not the request's, so not through {@code Problems}: code and status are the entry's. */
    private ResponseEntity<ProblemDetail> problem(String field, AssistantError error, Locale locale, int max) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(error.status()),
                messages.getMessage(error.messageKey(), new Object[]{max}, locale));
        problem.setProperty("code", error.code());
        problem.setProperty("field", field);
        return ResponseEntity.status(error.status()).body(problem);
    }
}
