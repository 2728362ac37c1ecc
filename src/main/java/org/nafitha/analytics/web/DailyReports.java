package org.nafitha.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.SignedPdfs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.time.Clock;

/**
 * A day's report, per department with the ministry's total: a bilingual PDF signed as the
 * ministry's documents are (issuance's {@link SignedPdfs}), and the same lines as CSV. A head gets
 * their department's, leadership every department's.
 */
@Controller
class DailyReports {

    private final DailyReportContent content;
    private final SignedPdfs pdfs;
    private final IssuanceProperties issuance;
    private final Calendars calendars;
    private final Clock clock;

    DailyReports(DailyReportContent content, SignedPdfs pdfs, IssuanceProperties issuance, Calendars calendars,
                 Clock clock) {
        this.content = content;
        this.pdfs = pdfs;
        this.issuance = issuance;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/staff/analytics/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String day, Actor actor) {
        var on = day(day);
        var lines = content.lines(on, actor);
        var model = new HashMap<String, Object>();
        model.put("ministryAr", issuance.ministryNameAr());
        model.put("ministryEn", issuance.ministryNameEn());
        model.put("dayAr", calendars.date(on, Locale.forLanguageTag("ar")));
        model.put("dayEn", calendars.date(on, Locale.ENGLISH));
        model.put("ar", content.labels(Locale.forLanguageTag("ar")));
        model.put("en", content.labels(Locale.ENGLISH));
        model.put("lines", lines);
        var url = issuance.publicBaseUrl().replaceAll("/+$", "") + "/staff/analytics/report.pdf?day=" + on;
        var pdf = pdfs.renderAndSign("analytics/pdf/daily-report", model, url, "Daily performance report " + on);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("performance-" + on + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/staff/analytics/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String day, Actor actor) {
        var on = day(day);
        var csv = new StringBuilder("day,department,submitted,completed,refused,withdrawn,median_days,p90_days,"
                + "sla_compliance,satisfaction_answers,satisfaction_mean\r\n");
        for (var line : content.lines(on, actor)) {
            var f = line.figures();
            csv.append(on).append(',').append(line.department() == null ? "TOTAL" : line.department()).append(',')
                    .append(f.submitted()).append(',').append(f.completed()).append(',').append(f.refused()).append(',')
                    .append(f.withdrawn()).append(',').append(blank(f.medianDays())).append(',').append(blank(f.p90Days()))
                    .append(',').append(blank(f.slaCompliance())).append(',').append(f.satisfaction().answers())
                    .append(',').append(blank(f.satisfaction().mean())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("performance-" + on + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String blank(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The day asked for, yesterday by default (the last whole day). */
    private LocalDate day(@Nullable String day) {
        if (day == null || day.isBlank()) return calendars.today(clock).minusDays(1);
        try {
            return LocalDate.parse(ArabicDigits.toLatin(day.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
