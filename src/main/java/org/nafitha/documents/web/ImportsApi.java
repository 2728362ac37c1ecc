package org.nafitha.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.importing.ImportJobs;
import org.nafitha.documents.importing.StartingImports;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A scanning bureau's scripts start imports and follow them, as archive staff do on the page. */
@RestController
@RequestMapping("/api/v1/staff/archive/imports")
@Tag(name = "Archive imports")
class ImportsApi {

    private final StartingImports starting;
    private final ImportJobs jobs;

    ImportsApi(StartingImports starting, ImportJobs jobs) {
        this.starting = starting;
        this.jobs = jobs;
    }

    record FolderImport(@Schema(example = "riyadh-civil-status/1998") @Nullable String folder) {
    }

    record Status(UUID id, String label, ImportJobs.Status status, @Nullable String problem,
                  Map<ImportJobs.FileStatus, Long> files, List<ImportJobs.FileError> errors) {
    }

    @Operation(summary = "Import a ZIP of scans with its metadata.csv (archive staff); answered at once, imported in the background")
    @ApiResponse(responseCode = "202", description = "accepted; imported in the background",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5b9e2c74-1a3f-4d86-b0e7-3c8f6a2d9e15", "status": "QUEUED", "problem": ""}""")))
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<?> zip(@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        if (!archiveStaff(actor)) return problem(DocumentsError.IMPORT_FORBIDDEN);
        if (file.isEmpty()) return problem(DocumentsError.ARCHIVE_REQUIRED);
        try (var in = file.getInputStream()) {
            var id = starting.fromZip(in, file.getOriginalFilename() == null ? "archive.zip" : file.getOriginalFilename(),
                    actor.username(), actor.primaryRole().name());
            return accepted(id);
        }
    }

    @Operation(summary = "Import a folder under the import root (archive staff)")
    @ApiResponse(responseCode = "202", description = "accepted; imported in the background",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5b9e2c74-1a3f-4d86-b0e7-3c8f6a2d9e15", "status": "QUEUED", "problem": ""}""")))
    @PostMapping("/folder")
    ResponseEntity<?> folder(@RequestBody FolderImport request, Actor actor) {
        if (!archiveStaff(actor)) return problem(DocumentsError.IMPORT_FORBIDDEN);
        var folder = request.folder() == null ? "" : request.folder();
        if (folder.isBlank() || !starting.folderAllowed(folder)) {
            return problem(DocumentsError.FOLDER_NOT_ALLOWED);
        }
        return accepted(starting.fromFolder(folder, actor.username(), actor.primaryRole().name()));
    }

    @Operation(summary = "An import's progress: files by status and each file not imported with its reason code")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5b9e2c74-1a3f-4d86-b0e7-3c8f6a2d9e15", "label": "riyadh-civil-status/1998", "status": "DONE", "problem": null,
             "files": {"STORED": 1184, "DUPLICATE": 12, "FAILED": 1},
             "errors": [{"path": "1998/03/صك-ولادة-0412.tif", "line": 417, "error": "documents.import.unreadable", "detail": null}]}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> status(@PathVariable UUID id, Actor actor) {
        if (!archiveStaff(actor)) return problem(DocumentsError.IMPORT_FORBIDDEN);
        return jobs.find(id).<ResponseEntity<?>>map(job -> ResponseEntity.ok(new Status(job.id(), job.label(), job.status(),
                        job.problem(), jobs.progress(id).counts(), jobs.errors(id, 1_000))))
                .orElseGet(() -> problem(DocumentsError.IMPORT_NOT_FOUND));
    }

    private ResponseEntity<?> accepted(UUID id) {
        var job = jobs.find(id).orElseThrow();
        return ResponseEntity.accepted().location(URI.create("/api/v1/staff/archive/imports/" + id))
                .body(Map.of("id", id, "status", job.status(), "problem", job.problem() == null ? "" : job.problem()));
    }

    private static boolean archiveStaff(Actor actor) {
        return actor.has(Role.ARCHIVIST) || actor.has(Role.ADMIN);
    }

    /** The refusal's status and code only: this API's problems never carried a detail, and their bodies stay so. */
    private static ResponseEntity<ProblemDetail> problem(DocumentsError error) {
        var problem = ProblemDetail.forStatus(HttpStatus.valueOf(error.status()));
        problem.setProperty("code", error.code());
        return ResponseEntity.status(error.status()).body(problem);
    }
}
