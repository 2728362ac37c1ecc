package org.nafitha.municipal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.SignedPdfs;
import org.nafitha.municipal.internal.ComplaintCategories;
import org.nafitha.municipal.internal.Complaints;
import org.nafitha.municipal.internal.MunicipalFigures;
import org.nafitha.municipal.internal.MunicipalMap;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national operations room's screen: open and late complaints on the governorate's map (drawn
 * from the shipped GeoJSON, no third-party tiles) and in a table beside it, per category, and the
 * late ones first; the board refreshes itself every 30 seconds (htmx) and is the same page without
 * JavaScript. The daily report of any day: a bilingual signed PDF with its charts, and the same
 * figures as CSV.
 */
@Controller
class OperationsRoomPages {

    /** A municipality on the map: where, how loaded, and its name. */
    record Marker(String code, String name, double x, double y, double r, int open, int late) {
    }

    /** A district's outline on the map. */
    record District(String code, String name, String path) {
    }

    /** A column of the day's report, named in both languages. */
    record Header(String ar, String en) {
    }

    /** One line of the day's report: a municipality (or the total, code null). */
    record Line(@Nullable String code, String nameAr, String nameEn, MunicipalFigures.Day day) {
    }

    private final MunicipalFigures figures;
    private final MunicipalMap map;
    private final Organisations organisations;
    private final ComplaintCategories categories;
    private final Complaints complaints;
    private final SignedPdfs pdfs;
    private final IssuanceProperties issuance;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    OperationsRoomPages(MunicipalFigures figures, MunicipalMap map, Organisations organisations, ComplaintCategories categories,
                        Complaints complaints, SignedPdfs pdfs, IssuanceProperties issuance, Calendars calendars,
                        MessageSource messages, Clock clock) {
        this.figures = figures;
        this.map = map;
        this.organisations = organisations;
        this.categories = categories;
        this.complaints = complaints;
        this.pdfs = pdfs;
        this.issuance = issuance;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/municipal/operations")
    String room(Actor actor, Model model, Locale locale) {
        board(actor, model, locale);
        model.addAttribute("yesterday", calendars.today(clock).minusDays(1));
        return "municipal/operations";
    }

    /** The board alone, for the page's refresh every 30 seconds. */
    @GetMapping("/municipal/operations/board")
    String boardOnly(Actor actor, Model model, Locale locale) {
        board(actor, model, locale);
        return "municipal/operations :: board";
    }

    private void board(Actor actor, Model model, Locale locale) {
        var load = figures.loadByMunicipality();
        var markers = new ArrayList<Marker>();
        int open = 0, late = 0;
        for (var entry : load.entrySet()) {
            var spot = map.spot(entry.getKey());
            var l = entry.getValue();
            open += l.open();
            late += l.late();
            var name = organisations.municipality(entry.getKey()).map(m -> m.name(locale)).orElse(entry.getKey());
            spot.ifPresent(s -> markers.add(new Marker(entry.getKey(), name, s.x(), s.y(),
                    Math.round((4 + 3 * Math.sqrt(l.open())) * 10) / 10.0, l.open(), l.late())));
        }
        var districts = map.areas().stream().map(area -> new District(area.code(),
                organisations.districtName(area.code(), locale).orElse(area.code()), area.path())).toList();
        var categoryNames = new LinkedHashMap<String, String>();
        categories.all().forEach(c -> categoryNames.put(c.code(), c.name(locale)));
        model.addAttribute("markers", markers);
        model.addAttribute("districts", districts);
        model.addAttribute("mapWidth", map.width());
        model.addAttribute("mapHeight", map.height());
        model.addAttribute("open", open);
        model.addAttribute("late", late);
        model.addAttribute("byCategory", figures.loadByCategory());
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("lateOnes", complaints.list(actor, new Complaints.Filter(null, null, "OPEN", true), 0, 20));
        var places = new HashMap<String, String>();
        organisations.municipalities().forEach(m -> places.put(m.code(), m.name(locale)));
        model.addAttribute("places", places);
        model.addAttribute("now", clock.instant());
    }

    @GetMapping("/municipal/operations/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String day) {
        var on = day(day);
        var lines = lines(on);
        var model = new HashMap<String, Object>();
        model.put("ministryAr", issuance.ministryNameAr());
        model.put("ministryEn", issuance.ministryNameEn());
        model.put("dayAr", calendars.date(on, Locale.forLanguageTag("ar")));
        model.put("dayEn", calendars.date(on, Locale.ENGLISH));
        model.put("ar", labels(Locale.forLanguageTag("ar")));
        model.put("en", labels(Locale.ENGLISH));
        model.put("lines", lines);
        var busiest = lines.stream().filter(l -> l.code() != null && !l.day().quiet()).toList();
        model.put("busiest", busiest);
        model.put("figures", MunicipalFigures.FIGURES);
        var ar = Locale.forLanguageTag("ar");
        model.put("headers", MunicipalFigures.FIGURES.stream().map(f -> new Header(message("municipal.report." + f, ar),
                message("municipal.report." + f, Locale.ENGLISH))).toList());
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
        var on = day(day);
        var out = new StringWriter();
        var header = new ArrayList<>(List.of("day", "municipality", "name_ar", "name_en"));
        MunicipalFigures.FIGURES.forEach(f -> header.add(f.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)));
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var l : lines(on)) {
                var record = new ArrayList<Object>(List.of(on, l.code() == null ? "TOTAL" : l.code(), l.nameAr(), l.nameEn()));
                MunicipalFigures.FIGURES.forEach(f -> record.add(l.day().get(f)));
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

    private List<Line> lines(LocalDate on) {
        var days = figures.day(on, calendars.zone());
        var lines = new ArrayList<Line>();
        days.forEach((code, d) -> {
            var m = organisations.municipality(code);
            lines.add(new Line(code, m.map(x -> x.ar()).orElse(code), m.map(x -> x.en()).orElse(code), d));
        });
        lines.add(new Line(null, message("municipal.report.total", Locale.forLanguageTag("ar")),
                message("municipal.report.total", Locale.ENGLISH), MunicipalFigures.total(days)));
        return lines;
    }

    /** The day asked for, yesterday by default (the last whole day); Arabic-Indic digits accepted. */
    private LocalDate day(@Nullable String day) {
        if (day == null || day.isBlank()) return calendars.today(clock).minusDays(1);
        try {
            return LocalDate.parse(ArabicDigits.toLatin(day.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day: yyyy-mm-dd");
        }
    }

    private Map<String, String> labels(Locale locale) {
        var labels = new HashMap<String, String>();
        var keys = new ArrayList<>(List.of("title", "day", "municipality", "total", "chart"));
        keys.addAll(MunicipalFigures.FIGURES);
        for (var key : keys) {
            labels.put(key, message("municipal.report." + key, locale));
        }
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
