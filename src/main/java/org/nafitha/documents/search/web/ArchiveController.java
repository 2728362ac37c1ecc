package org.nafitha.documents.search.web;


import org.jspecify.annotations.Nullable;
import org.nafitha.documents.search.ArchiveIndexing;
import org.nafitha.documents.search.ArchiveQuery;
import org.nafitha.documents.search.ArchiveSearch;
import org.nafitha.documents.search.Clearances;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.nafitha.country.ArabicDigits;

/**
 * The staff archive: search with facets over what the reader is cleared to see. A search that
 * shows anything is audited (its words, and the person ID when one was given); the documents
 * themselves are opened in {@link ArchiveDocumentController}.
 */
@Controller
class ArchiveController {

    private final ArchiveSearch search;
    private final Clearances clearances;
    private final ArchiveIndexing indexing;
    private final AuditTrail audit;

    ArchiveController(ArchiveSearch search, Clearances clearances, ArchiveIndexing indexing, AuditTrail audit) {
        this.search = search;
        this.clearances = clearances;
        this.indexing = indexing;
        this.audit = audit;
    }

    @GetMapping("/staff/archive")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String person,
                  @RequestParam(required = false) @Nullable String type,
                  @RequestParam(required = false) @Nullable String department,
                  @RequestParam(required = false) @Nullable String year,
                  @RequestParam(defaultValue = "1") String page,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
                  Actor actor, Model model) {
        var query = ArchiveQuery.of(q, person, type, department, year, pageNumber(page));
        var clearance = clearances.of(actor);
        var results = search.search(query, clearance);
        // What was looked for and by whom: a search shows people's names and the text of their papers.
        if (results.total() > 0 && (query.person() != null || !query.text().isEmpty())) {
            var words = query.text().length() > 200 ? query.text().substring(0, 200) : query.text();
            audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "archive.search",
                    query.person(), null, "archive search: " + words, actor.department()));
        }
        model.addAttribute("query", query);
        model.addAttribute("cleared", clearance.level() != null);
        model.addAttribute("results", results);
        model.addAttribute("admin", actor.has(Role.ADMIN));
        return htmx != null ? "documents/archive/search :: results" : "documents/archive/search";
    }

    /** Rebuilds the index from the database: the button of the archive page for administrators. */
    @PostMapping("/admin/archive/reindex")
    String reindex(Actor actor) {
        var count = indexing.rebuild();
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "archive.reindex", null, null,
                count + " documents", actor.department()));
        return "redirect:/staff/archive?reindexed=" + count;
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(ArabicDigits.toLatin(page).strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
