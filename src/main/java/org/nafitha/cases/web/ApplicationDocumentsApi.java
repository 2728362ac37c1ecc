package org.nafitha.cases.web;

import java.io.IOException;
import java.util.UUID;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.AttachOutcome;
import org.nafitha.cases.internal.AttachingDocuments;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A document added to one's application, its type checked by its content. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationDocumentsApi {

    private final AttachingDocuments attaching;
    private final CaseProblems problems;

    ApplicationDocumentsApi(AttachingDocuments attaching, CaseProblems problems) {
        this.attaching = attaching;
        this.problems = problems;
    }

    record StoredFile(UUID id, String sha256, String mediaType, long size) {
    }

    @Operation(operationId = "applicationsDocument",
            summary = "Add a document (e.g. kind=photo) to my application; its type is checked by content")
    @ApiResponse(responseCode = "201", description = "stored",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "mediaType": "image/jpeg", "size": 184320}""")))
    @PostMapping(path = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> document(@PathVariable String reference, @RequestPart("file") MultipartFile file,
                               @RequestParam("kind") String kind, Actor actor) throws IOException {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var outcome = attaching.attach(ref.get(), kind,
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes(), actor);
        return switch (outcome) {
            case AttachOutcome.Attached a -> ResponseEntity.status(HttpStatus.CREATED).body(new StoredFile(
                    a.document().id(), a.document().sha256(), a.document().mediaType(), a.document().size()));
            case AttachOutcome.Refused r -> problems.refused(CasesError.upload(r.reason()));
            case AttachOutcome.NotFound n -> problems.refused(Refusal.CASE_NOT_FOUND);
            case AttachOutcome.UnknownKind u -> problems.refused(Refusal.UNKNOWN_DOCUMENT_KIND);
            case AttachOutcome.Closed c -> problems.refused(Refusal.CLOSED);
        };
    }
}
