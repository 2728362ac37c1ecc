package org.nafitha.assistant.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant;
import org.nafitha.country.Languages;
import org.nafitha.identity.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
            return problem("lang", "assistant.lang.unsupported", Locale.forLanguageTag("ar"), Assistant.MAX_QUESTION);
        }
        var locale = Locale.forLanguageTag(lang);
        var question = body.question() == null ? "" : body.question().strip();
        if (question.isEmpty()) return problem("question", "assistant.question.empty", locale, Assistant.MAX_QUESTION);
        if (question.length() > Assistant.MAX_QUESTION) {
            return problem("question", "assistant.question.tooLong", locale, Assistant.MAX_QUESTION);
        }
        var reply = assistant.ask(question, locale, current.get().orElse(null));
        return ResponseEntity.ok(AssistantReply.of(reply, locale, messages));
    }

    private ResponseEntity<ProblemDetail> problem(String field, String code, Locale locale, int max) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(code, new Object[]{max}, locale));
        problem.setProperty("code", code);
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }
}
