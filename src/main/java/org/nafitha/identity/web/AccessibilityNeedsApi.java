package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.AccessibilityNeedsForm;
import org.nafitha.identity.Actor;
import org.nafitha.country.NationalId;
import org.nafitha.errors.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * My accessibility needs (sign language, wheelchair, reader), which offices see before I arrive;
 * read as the needs form reads them, so a note over the limit is refused, not cut.
 */
@RestController
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
class AccessibilityNeedsApi {

    private final AccessibilityNeeds needs;
    private final MessageSource messages;
    private final Problems problems;

    AccessibilityNeedsApi(AccessibilityNeeds needs, MessageSource messages, Problems problems) {
        this.needs = needs;
        this.messages = messages;
        this.problems = problems;
    }

    record Need(@Schema(example = "WHEELCHAIR") AccessibilityNeeds.@Nullable Need need,
                @Schema(example = "أستخدم كرسياً متحركاً وأحتاج مدخلاً بلا درج") @Nullable String note) {
    }

    record RecordedNeed(AccessibilityNeeds.Need need, @Nullable String note, Instant recordedAt) {
    }

    @Operation(summary = "My recorded accessibility needs")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"need": "WHEELCHAIR", "note": "أستخدم كرسياً متحركاً وأحتاج مدخلاً بلا درج", "recordedAt": "2026-02-03T10:15:00+03:00"},
             {"need": "SIGN_LANGUAGE", "note": null, "recordedAt": "2026-02-03T10:15:00+03:00"}]""")))
    @GetMapping("/api/v1/account/needs")
    ResponseEntity<?> mine(Actor actor) {
        if (actor.nationalId() == null) return notFound();
        return ResponseEntity.ok(needs.of(actor.nationalId()).stream()
                .map(r -> new RecordedNeed(r.need(), r.note(), r.recordedAt())).toList());
    }

    @Operation(summary = "Replace my accessibility needs with these (an empty list clears them); 422 for a note over "
            + "300 characters")
    @ApiResponse(responseCode = "200", description = "my needs as now recorded",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"need": "WHEELCHAIR", "note": "أستخدم كرسياً متحركاً وأحتاج مدخلاً بلا درج", "recordedAt": "2026-03-14T09:30:00+03:00"}]""")))
    @PutMapping("/api/v1/account/needs")
    ResponseEntity<?> replace(@RequestBody List<Need> chosen, Actor actor, Locale locale) {
        if (actor.nationalId() == null) return notFound();
        var ticked = new ArrayList<String>();
        var params = new HashMap<String, String>();
        for (var need : chosen) {
            if (need.need() == null) continue;
            ticked.add(need.need().name());
            params.put("note-" + need.need().name(), need.note() == null ? "" : need.note());
        }
        var form = AccessibilityNeedsForm.read(ticked, params);
        if (!form.tooLong().isEmpty()) {
            var errors = new LinkedHashMap<String, String>();
            form.tooLong().forEach(n -> errors.put(n.name(), messages.getMessage("identity.needs.noteTooLong",
                    new Object[]{AccessibilityNeeds.NOTE_LENGTH}, "identity.needs.noteTooLong", locale)));
            return FieldErrors.of(problems, errors);
        }
        needs.replace(new NationalId(actor.nationalId()), form.needs(), actor);
        return mine(actor);
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
