package org.nafitha.portal.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import jakarta.servlet.http.HttpServletRequest;

@Controller
class HomeController {

    private final Catalogue catalogue;
    private final ServiceFinder finder;
    private final CurrentActor current;

    HomeController(Catalogue catalogue, ServiceFinder finder, CurrentActor current) {
        this.catalogue = catalogue;
        this.finder = finder;
        this.current = current;
    }

    /**
     * Home: the search, the popular services and the sectors. With a query or a sector (or on
     * {@code /services}) the matching services; for htmx's live search only the results.
     */
    @GetMapping({"/", "/services"})
    String home(@RequestParam(name = "q", required = false) @Nullable String query,
                @RequestParam(name = "sector", required = false) @Nullable String sector,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                Model model, HttpServletRequest request) {
        var actor = current.get().orElse(null);
        var q = query == null ? "" : query.strip();
        var listing = !q.isEmpty() || (sector != null && !sector.isBlank()) || request.getRequestURI().endsWith("/services");
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute("listing", listing);
        model.addAttribute("sectors", finder.sectors(actor));
        if (listing) model.addAttribute("services", finder.search(q, sector, actor));
        else model.addAttribute("popular", finder.popular(actor));
        return htmx != null ? "portal/home :: results" : "portal/home";
    }

    /**
     * A service's start page. Staff-only services are left out of every list the public sees, but
     * their start page stays at its address: staff accounts cannot apply yet, so staff reach them
     * with their own citizen account (see the cases module).
     */
    @GetMapping("/services/{code}")
    String service(@PathVariable String code, Model model) {
        var service = catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("service", service);
        return "portal/service";
    }
}
