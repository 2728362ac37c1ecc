package org.nafitha.municipal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.nafitha.country.Calendars;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.SignedPdfs;
import org.nafitha.municipal.internal.MunicipalDay;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operations room's daily report of any day: a bilingual signed PDF with its charts, and the
 * same figures as CSV.
 */
@Controller
class DailyReportPages {

    private final OperationsRoomReports reports;
    private final SignedPdfs pdfs;
    private final IssuanceProperties issuance;
    private final Calendars calendars;

    DailyReportPages(OperationsRoomReports reports, SignedPdfs pdfs, IssuanceProperties issuance, Calendars calendars) {
        this.reports = reports;
        this.pdfs = pdfs;
        this.issuance = issuance;
        this.calendars = calendars;
    }

    @GetMapping("/municipal/operations/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String day) {
        var on = reports.day(day);
        var lines = reports.lines(on);
        var model = new HashMap<String, Object>();
        model.put("ministryAr", issuance.ministryNameAr());
        model.put("ministryEn", issuance.ministryNameEn());
        model.put("dayAr", calendars.date(on, Locale.forLanguageTag("ar")));
        model.put("dayEn", calendars.date(on, Locale.ENGLISH));
        model.put("ar", reports.labels(Locale.forLanguageTag("ar")));
        model.put("en", reports.labels(Locale.ENGLISH));
        model.put("lines", lines);
        var busiest = lines.stream().filter(l -> l.code() != null && !l.day().quiet()).toList();
        model.put("busiest", busiest);
        model.put("figures", MunicipalDay.FIGURES);
        model.put("headers", reports.headers());
        model.put("scale", Math.max(1, busiest.stream().mapToInt(l -> Math.max(l.day().get("complaintsOpened"),
                l.day().get("peopleAssessed"))).max().orElse(1)));
        var url = issuance.publicBaseUrl().replaceAll("/+$", "") + "/municipal/operations/report.pdf?day=" + on;
        var pdf = pdfs.renderAndSign("municipal/pdf/daily-report", model, url, "Operations room daily report " + on);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("operations-room-" + on + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/municipal/operations/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String day) {
        var on = reports.day(day);
        var out = new StringWriter();
        var header = new ArrayList<>(List.of("day", "municipality", "name_ar", "name_en"));
        MunicipalDay.FIGURES.forEach(f -> header.add(f.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)));
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var l : reports.lines(on)) {
                var record = new ArrayList<Object>(List.of(on, l.code() == null ? "TOTAL" : l.code(), l.nameAr(), l.nameEn()));
                MunicipalDay.FIGURES.forEach(f -> record.add(l.day().get(f)));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("operations-room-" + on + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
