package org.nafitha.detention.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.detention.DetentionError;
import org.nafitha.detention.internal.Disclosing;
import org.nafitha.detention.internal.Following;
import org.nafitha.detention.internal.Looks;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The detainee window for families: the detainees the caller follows (their requests:
 * {@link DetaineeRequestsApi}). Every look is audited; a detainee the caller may not follow is
 * answered exactly as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/detainees")
@Tag(name = "Detainees")
class DetaineesApi {

    private final Following following;
    private final Disclosing disclosing;
    private final Looks looks;
    private final DetentionProblems problems;

    DetaineesApi(Following following, Disclosing disclosing, Looks looks, DetentionProblems problems) {
        this.following = following;
        this.disclosing = disclosing;
        this.looks = looks;
        this.problems = problems;
    }

    @Operation(summary = "The detainees I may follow, each with only the fields my relation may see")
    @GetMapping
    List<DetaineeJson> mine(Actor actor, Locale locale) {
        if (actor.nationalId() == null) return List.of();
        return following.followedBy(actor.nationalId()).stream().map(f -> {
            looks.byFollower(actor, f, "api");
            return DetaineeJson.of(disclosing.fileFor(f), locale);
        }).toList();
    }

    @Operation(summary = "One detainee I follow; one I may not follow is not found, as one that does not exist")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "3d8a1f62-9e4b-4c70-b5d3-2a6f8e1c7b94", "name": "فهد بن سالم العتيبي", "fileNumber": "ملف ٢٠٢٥/٤٨١٧",
             "relation": "PARENT", "facility": "إصلاحية الحائر — الرياض", "legalStatus": "ON_TRIAL",
             "nextCourtSession": {"at": "2026-04-06T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض"},
             "courtSessions": [{"at": "2026-02-10T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض", "outcome": "تأجيل لاستكمال البينات"}],
             "sentence": null, "visitsLeft": 2,
             "contacts": [{"name": "المحامي خالد بن عمر الشهري", "relation": "LAWYER"}], "health": null}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor, Locale locale) {
        var followed = parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.empty()
                : following.follow(actor.nationalId(), uuid));
        if (followed.isEmpty()) {
            looks.refused(actor, id, "api");
            return problems.of(DetentionError.NOT_FOUND);
        }
        looks.byFollower(actor, followed.get(), "api");
        return ResponseEntity.ok(DetaineeJson.of(disclosing.fileFor(followed.get()), locale));
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
