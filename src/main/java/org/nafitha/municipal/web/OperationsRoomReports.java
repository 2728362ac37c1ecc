package org.nafitha.municipal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.municipal.internal.MunicipalDay;
import org.nafitha.municipal.internal.MunicipalFigures;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the daily report says, whatever its format: the day asked for, a line per municipality and the total, its words. */
@Component
class OperationsRoomReports {

    /** A column of the day's report, named in both languages. */
    record Header(String ar, String en) {
    }

    /** One line of the day's report: a municipality (or the total, code null). */
    record Line(@Nullable String code, String nameAr, String nameEn, MunicipalDay day) {
    }

    private final MunicipalFigures figures;
    private final Organisations organisations;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    OperationsRoomReports(MunicipalFigures figures, Organisations organisations, Calendars calendars, MessageSource messages,
                 Clock clock) {
        this.figures = figures;
        this.organisations = organisations;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    List<Line> lines(LocalDate on) {
        var days = figures.day(on, calendars.zone());
        var lines = new ArrayList<Line>();
        days.forEach((code, d) -> {
            var m = organisations.municipality(code);
            lines.add(new Line(code, m.map(x -> x.ar()).orElse(code), m.map(x -> x.en()).orElse(code), d));
        });
        lines.add(new Line(null, message("municipal.report.total", Locale.forLanguageTag("ar")),
                message("municipal.report.total", Locale.ENGLISH), MunicipalDay.total(days)));
        return lines;
    }

    /** The day asked for, yesterday by default (the last whole day); Arabic-Indic digits accepted. */
    LocalDate day(@Nullable String day) {
        if (day == null || day.isBlank()) return calendars.today(clock).minusDays(1);
        try {
            return LocalDate.parse(ArabicDigits.toLatin(day.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day: yyyy-mm-dd");
        }
    }

    /** Each figure's column, named in both languages. */
    List<Header> headers() {
        var ar = Locale.forLanguageTag("ar");
        return MunicipalDay.FIGURES.stream().map(f -> new Header(message("municipal.report." + f, ar),
                message("municipal.report." + f, Locale.ENGLISH))).toList();
    }

    Map<String, String> labels(Locale locale) {
        var labels = new HashMap<String, String>();
        var keys = new ArrayList<>(List.of("title", "day", "municipality", "total", "chart"));
        keys.addAll(MunicipalDay.FIGURES);
        for (var key : keys) {
            labels.put(key, message("municipal.report." + key, locale));
        }
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
