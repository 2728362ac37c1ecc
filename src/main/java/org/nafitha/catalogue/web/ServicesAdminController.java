package org.nafitha.catalogue.web;

import java.security.Principal;
import java.util.Locale;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceEditing;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.util.List;

/** Administrators edit service definitions: each save is checked and stored as the next version. */
@Controller
class ServicesAdminController {

    private final Catalogue catalogue;
    private final ServiceEditing editing;
    private final MessageSource messages;

    ServicesAdminController(Catalogue catalogue, ServiceEditing editing, MessageSource messages) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/admin/services")
    String list(Model model) {
        model.addAttribute("services", catalogue.all());
        return "catalogue/admin/services";
    }

    @GetMapping("/admin/services/{code}")
    String edit(@PathVariable String code, Model model) {
        var service = catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("text")) model.addAttribute("text", editing.currentText(code).orElse(""));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        if (!model.containsAttribute("baseVersion")) model.addAttribute("baseVersion", service.version());
        model.addAttribute("service", service);
        model.addAttribute("history", editing.history(code));
        return "catalogue/admin/service";
    }

    @PostMapping("/admin/services/{code}")
    String save(@PathVariable String code, @RequestParam int baseVersion, @RequestParam(defaultValue = "") String text,
                Principal principal, Model model, Locale locale) {
        return switch (editing.save(code, baseVersion, text.replace("\r\n", "\n"), principal.getName())) {
            case ServiceEditing.Outcome.Saved s -> "redirect:/admin/services/" + code + "?saved=" + s.version();
            case ServiceEditing.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ServiceEditing.Outcome.Invalid i -> {
                model.addAttribute("text", text);
                model.addAttribute("baseVersion", baseVersion);
                model.addAttribute("problems", i.problems());
                yield edit(code, model);
            }
            case ServiceEditing.Outcome.Conflict c -> {
                model.addAttribute("text", text);
                model.addAttribute("baseVersion", baseVersion);
                model.addAttribute("problems", List.of(messages.getMessage("catalogue.admin.conflict",
                        new Object[]{c.current()}, locale)));
                yield edit(code, model);
            }
        };
    }

}
