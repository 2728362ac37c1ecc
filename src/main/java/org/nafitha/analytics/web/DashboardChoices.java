package org.nafitha.analytics.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.Catalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the dashboard's filter form offers to choose from, code to name in the reader's language. */
@Component
class DashboardChoices {

    private final KeyFigures figures;
    private final Catalogue catalogue;
    private final MessageSource messages;

    DashboardChoices(KeyFigures figures, Catalogue catalogue, MessageSource messages) {
        this.figures = figures;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The offices, and cases handled at none; an office narrows the cases handled there and the appointments. */
    Map<String, String> offices(Locale locale) {
        var offices = new LinkedHashMap<String, String>();
        offices.put(KeyFigures.NO_OFFICE, message("analytics.dashboard.noOffice", locale));
        offices.putAll(figures.offices(locale));
        return offices;
    }

    /** The services (of the department read, when one is), the departments and the channels. */
    void addTo(Model model, @Nullable String department, Locale locale) {
        var services = new LinkedHashMap<String, String>();
        catalogue.all().stream()
                .filter(s -> department == null || s.department().equals(department))
                .forEach(s -> services.put(s.code(), s.name().in(locale)));
        model.addAttribute("services", services);
        var departments = new LinkedHashMap<String, String>();
        catalogue.all().stream().map(s -> s.department()).distinct().sorted()
                .forEach(d -> departments.put(d, messages.getMessage("documents.archive.department." + d, null, d, locale)));
        model.addAttribute("departments", departments);
        var channels = new LinkedHashMap<String, String>();
        for (var c : Channel.values()) channels.put(c.name(), message("analytics.channel." + c.name(), locale));
        model.addAttribute("channels", channels);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
