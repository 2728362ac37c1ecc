package org.nafitha.documents.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.importing.ImportJobs;
import org.nafitha.documents.importing.StartingImports;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import java.util.stream.Collectors;

/** Archive staff start bulk imports and follow them: counts, a progress bar and each file's error. */
@Controller
@RequestMapping("/staff/archive/imports")
class ImportsController {

    private static final int ERRORS_SHOWN = 500;

    private final StartingImports starting;
    private final ImportJobs jobs;

    ImportsController(StartingImports starting, ImportJobs jobs) {
        this.starting = starting;
        this.jobs = jobs;
    }

    @ModelAttribute
    void archiveStaffOnly(Actor actor) {
        if (!actor.has(Role.ARCHIVIST) && !actor.has(Role.ADMIN)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null, "");
    }

    @PostMapping(consumes = "multipart/form-data")
    String upload(@RequestParam(name = "archive", required = false) @Nullable MultipartFile archive, Actor actor,
                  Model model) throws IOException {
        if (archive == null || archive.isEmpty()) return page(model, "documents.import.error.archiveRequired", null, "");
        var name = archive.getOriginalFilename() == null ? "archive.zip" : archive.getOriginalFilename();
        try (var in = archive.getInputStream()) {
            var id = starting.fromZip(in, name, actor.username(), actor.primaryRole().name());
            return "redirect:/staff/archive/imports/" + id;
        }
    }

    @PostMapping("/folder")
    String folder(@RequestParam(name = "folder", defaultValue = "") String folder, Actor actor, Model model) {
        if (folder.isBlank()) return page(model, null, "documents.import.error.folderRequired", folder);
        if (!starting.folderAllowed(folder)) return page(model, null, "documents.import.error.folderNotAllowed", folder);
        var id = starting.fromFolder(folder, actor.username(), actor.primaryRole().name());
        return "redirect:/staff/archive/imports/" + id;
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
               Model model) {
        var job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        model.addAttribute("progress", jobs.progress(id));
        model.addAttribute("errors", jobs.errors(id, ERRORS_SHOWN));
        model.addAttribute("running", job.status() == ImportJobs.Status.QUEUED || job.status() == ImportJobs.Status.RUNNING);
        return htmx != null ? "documents/import :: progress" : "documents/import";
    }

    private String page(Model model, @Nullable String archiveError, @Nullable String folderError, String folder) {
        var recent = jobs.recent(50);
        model.addAttribute("jobs", recent);
        model.addAttribute("progress", recent.stream().collect(Collectors.toMap(
                ImportJobs.Job::id, j -> jobs.progress(j.id()))));
        model.addAttribute("archiveError", archiveError);
        model.addAttribute("folderError", folderError);
        model.addAttribute("folder", folder);
        return "documents/imports";
    }
}
