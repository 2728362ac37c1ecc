package org.nafitha.issuance.web;


import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An approved case's signed PDF for the app, to the applicant's side only ({@link DocumentAccess}). Its
 * operation keeps the id it was published under in {@link IssuedDocumentApi}.
 */
@RestController
@RequestMapping("/api/v1/applications/{reference}/document")
@Tag(name = "Issued documents")
@SecurityRequirement(name = "bearer")
class IssuedDocumentPdfApi {

    private final DocumentAccess access;
    private final IssuedDocuments documents;

    IssuedDocumentPdfApi(DocumentAccess access, IssuedDocuments documents) {
        this.access = access;
        this.documents = documents;
    }

    @Operation(operationId = "issuedDocumentPdf", summary = "The signed PDF (PAdES) of my case's document",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(value = "/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> pdf(@PathVariable String reference, Actor actor) {
        var ref = access.mine(reference, actor);
        if (ref.isEmpty()) return access.notFound(null);
        var pdf = documents.forCase(ref.get()).flatMap(d -> documents.pdf(d.code()));
        if (pdf.isEmpty()) return access.notFound(IssuanceError.DOCUMENT_NOT_ISSUED);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.get().value() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.get());
    }
}
