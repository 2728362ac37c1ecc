package org.nafitha.portal.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class HomeController {

    private final Catalogue catalogue;

    HomeController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The services, filtered by a search that forgives Arabic spelling variants. */
    @GetMapping({"/", "/services"})
    String home(@RequestParam(name = "q", required = false) @Nullable String query, Model model, Locale locale) {
        var folded = query == null ? "" : ArabicText.fold(query);
        var services = catalogue.all().stream()
                .filter(s -> folded.isEmpty() || matches(s, folded))
                .toList();
        model.addAttribute("services", services);
        model.addAttribute("q", query == null ? "" : query);
        return "portal/home";
    }

    @GetMapping("/services/{code}")
    String service(@PathVariable String code, Model model) {
        var service = catalogue.find(code).orElseThrow(() ->
                new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("service", service);
        return "portal/service";
    }

    private static boolean matches(ServiceDefinition s, String folded) {
        return ArabicText.fold(s.name().ar()).contains(folded) || ArabicText.fold(s.name().en()).contains(folded)
                || ArabicText.fold(s.summary().ar()).contains(folded) || ArabicText.fold(s.summary().en()).contains(folded);
    }
}
