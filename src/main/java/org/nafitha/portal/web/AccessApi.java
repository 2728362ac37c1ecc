package org.nafitha.portal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.StaffNames;
import org.nafitha.transparency.AuditTrail;
import org.nafitha.transparency.TransparencyProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who in the ministry looked at my data, and asking why, as on the access page. The officer's name
 * only where the country's policy shows it; role and department always.
 */
@RestController
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
class AccessApi {

    private final AuditTrail audit;
    private final StaffNames staffNames;
    private final TransparencyProperties properties;

    AccessApi(AuditTrail audit, StaffNames staffNames, TransparencyProperties properties) {
        this.audit = audit;
        this.staffNames = staffNames;
        this.properties = properties;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessView(long id, Instant at, String role, @Nullable String department, String action,
                      @Nullable String caseReference, @Nullable String reason, @Nullable String officer,
                      boolean questioned) {
    }

    @Schema(name = "AccessQuestion")
    record Question(@Schema(example = "لماذا اطّلع موظف من قسم المرور على بياناتي مع أنه لا توجد لدي معاملة مرورية؟") @Nullable String question) {
    }

    @Operation(summary = "Who looked at my data: when, role, department, action, case and the reason given")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": 558213, "at": "2026-03-15T11:02:47+03:00", "role": "OFFICER", "department": "passports", "action": "case.read",
              "caseReference": "PSP-2026-000123-3", "reason": "دراسة طلب تجديد الجواز", "officer": "خالد بن فهد العتيبي",
              "questioned": false}]""")))
    @GetMapping("/api/v1/account/access")
    ResponseEntity<?> accesses(Actor actor, Locale locale) {
        var me = actor.nationalId();
        if (me == null) return notFound();
        List<AuditTrail.Access> accesses = audit.accessesTo(me);
        Map<String, String> names = properties.showOfficerNames()
                ? staffNames.of(accesses.stream().map(AuditTrail.Access::actor).distinct().toList(), locale) : Map.of();
        var questioned = audit.questioned(me);
        return ResponseEntity.ok(accesses.stream().map(a -> new AccessView(a.id(), a.at(), a.actorRole(), a.department(),
                a.action(), a.caseReference(), a.reason(), names.get(a.actor()), questioned.contains(a.id()))).toList());
    }

    @Operation(summary = "Ask why someone looked at my data (the question is cut at 1,000 characters); 404 for an "
            + "access that is not to my data")
    @ApiResponse(responseCode = "204", description = "asked", content = @Content)
    @PostMapping("/api/v1/account/access/{id}/question")
    ResponseEntity<?> question(@PathVariable String id, @RequestBody Question body, Actor actor) {
        var me = actor.nationalId();
        if (me == null || !id.matches("\\d{1,18}")) return notFound();
        var text = AccessController.questionText(body.question() == null ? "" : body.question());
        return audit.question(Long.parseLong(id), me, text) ? ResponseEntity.noContent().build() : notFound();
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
