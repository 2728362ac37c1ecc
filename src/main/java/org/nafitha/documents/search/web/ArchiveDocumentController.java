package org.nafitha.documents.search.web;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.DocumentContent;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.documents.PageImages;
import org.nafitha.documents.ocr.DocumentPages;
import org.nafitha.documents.ocr.ReadPage;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One archived document: the page image beside the text OCR read from it. The reader first says
 * why they open it; every view of the text and every page image lands in the audit trail with
 * that reason. A reader without clearance gets 404 — the same answer as for a document that does
 * not exist, so nothing of it leaks — and the attempt is audited ({@link ClearedDocuments}).
 */
@Controller
class ArchiveDocumentController {

    private static final int MAX_PURPOSE = 200;

    private final ClearedDocuments cleared;
    private final DocumentPages pages;
    private final Documents documents;
    private final AuditTrail audit;
    private final PageImages images;

    ArchiveDocumentController(ClearedDocuments cleared, DocumentPages pages, Documents documents, AuditTrail audit,
                              PageImages images) {
        this.cleared = cleared;
        this.pages = pages;
        this.documents = documents;
        this.audit = audit;
        this.images = images;
    }

    @GetMapping("/staff/archive/documents/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) @Nullable String purpose,
                    @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
        var filed = cleared.filed(id, actor);
        model.addAttribute("document", filed);
        var reason = purpose == null ? "" : purpose.strip();
        model.addAttribute("purpose", reason);
        if (purpose == null) return "documents/archive/document";
        if (reason.isEmpty() || reason.length() > MAX_PURPOSE) {
            model.addAttribute("purposeError", reason.isEmpty() ? "documents.archive.purpose.required" : "documents.archive.purpose.tooLong");
            return "documents/archive/document";
        }
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "archive.document.text", filed.person(),
                null, reason, actor.department()));
        List<ReadPage> read = pages.of(filed.id());
        int count = Math.max(1, read.size());
        int shown = Math.clamp(page, 1, count);
        model.addAttribute("page", shown);
        model.addAttribute("pageCount", count);
        model.addAttribute("text", read.stream().filter(p -> p.pageNo() == shown).findFirst().orElse(null));
        model.addAttribute("textStatus", pages.status(filed.id()).orElse(null));
        return "documents/archive/document";
    }

    /** The page as an image, through {@link Documents#read} so the view is audited with its reason. */
    @GetMapping("/staff/archive/documents/{id}/pages/{page}")
    ResponseEntity<byte[]> page(@PathVariable String id, @PathVariable int page, @RequestParam String purpose, Actor actor)
            throws IOException {
        var filed = cleared.filed(id, actor);
        var reason = purpose.strip();
        if (reason.isEmpty() || reason.length() > MAX_PURPOSE) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        DocumentContent content = documents.read(filed.id(), new DocumentRead(actor.username(), actor.primaryRole().name(),
                null, reason, actor.department())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var image = images.page(content, page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }
}
