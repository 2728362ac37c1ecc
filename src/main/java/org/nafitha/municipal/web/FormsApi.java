package org.nafitha.municipal.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.AssessmentForms;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The official municipal forms as data, so a field workers' app renders and checks them as the pages do. */
@RestController
@RequestMapping("/api/v1/municipal/forms")
@Tag(name = "Municipal assessments")
class FormsApi {

    private final AssessmentForms forms;
    private final MunicipalProblems problems;

    FormsApi(AssessmentForms forms, MunicipalProblems problems) {
        this.forms = forms;
        this.problems = problems;
    }

    @Operation(summary = "A form's definition (household-assessment, displacement-report): its questions in Arabic and "
            + "English, their types (text, number, date, choice, boolean), rules (required, min, max, pattern, maxLength, "
            + "notFuture) and conditions (when: asked only when another answer has a value). The latest version, or "
            + "the one asked for: a filed record names the version it was filed with.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "displacement-report", "version": 1, "title": {"ar": "تقرير نزوح", "en": "Displacement report"},
             "hint": null, "fields": [{"name": "displacedFrom", "type": "text", "required": true,
               "label": {"ar": "نزحوا من (البلدة أو المنطقة)", "en": "Displaced from (town or area)"}, "hint": null,
               "options": [], "multiple": false, "min": null, "max": null, "pattern": null, "maxLength": 150,
               "notFuture": false, "when": null},
              {"name": "shelterDetails", "type": "text", "required": true, "label": {"ar": "صف المأوى", "en": "Describe the shelter"},
               "hint": {"ar": "فقط إذا اخترت «غير ذلك»", "en": "Only if you chose “Other”"}, "options": [], "multiple": false,
               "min": null, "max": null, "pattern": null, "maxLength": 200, "notFuture": false,
               "when": {"field": "shelterNow", "equals": "other"}}],
             "members": {"min": 0, "max": 40, "label": {"ar": "الأشخاص النازحون", "en": "The people displaced"}, "hint": null, "fields": []}}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> form(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
        var form = version == null ? forms.latest(id) : forms.version(id, version);
        return form.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> problems.of(MunicipalError.FORM_NOT_FOUND));
    }
}
