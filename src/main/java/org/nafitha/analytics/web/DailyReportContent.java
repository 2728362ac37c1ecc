package org.nafitha.analytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a day's report says, the same in its PDF and its CSV: a line per department and the ministry's
 * total, and the words around them.
 */
@Component
class DailyReportContent {

    /** One line of the report: a department (or the total, department null) and its figures. */
    record Line(@Nullable String department, String nameAr, String nameEn, KeyFigures.Figures figures) {
    }

    private final KeyFigures figures;
    private final MessageSource messages;

    DailyReportContent(KeyFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    /** The day's lines the actor may read: their department's, or every department's and the total. */
    List<Line> lines(LocalDate on, Actor actor) {
        if (!(AnalyticsScope.of(actor, null) instanceof AnalyticsScope.Allowed allowed)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var filter = new KeyFigures.Filter(on, on, null, allowed.department(), null);
        var lines = new ArrayList<Line>();
        figures.byDepartment(filter).forEach((department, f) -> lines.add(new Line(department,
                name(department, Locale.forLanguageTag("ar")), name(department, Locale.ENGLISH), f)));
        if (allowed.department() == null) {
            lines.add(new Line(null, total(Locale.forLanguageTag("ar")),
                    total(Locale.ENGLISH), figures.of(filter)));
        }
        return lines;
    }

    private String name(String department, Locale locale) {
        return messages.getMessage("documents.archive.department." + department, null, department, locale);
    }

    /** The PDF's words in one language: its title and headings, and the figures' names. */
    Map<String, String> labels(Locale locale) {
        var labels = new HashMap<String, String>();
        for (var key : List.of("title", "day", "department", "total")) labels.put(key, message("analytics.report." + key, locale));
        for (var key : List.of("submitted", "completed", "refused", "medianDays", "slaCompliance", "satisfaction")) {
            labels.put(key, message("analytics.kpi." + key, locale));
        }
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String total(Locale locale) {
        return message("analytics.report.total", locale);
    }
}
