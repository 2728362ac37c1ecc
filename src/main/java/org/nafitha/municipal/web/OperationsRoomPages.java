package org.nafitha.municipal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.internal.ComplaintCategories;
import org.nafitha.municipal.internal.ComplaintLoads;
import org.nafitha.municipal.internal.Complaints;
import org.nafitha.municipal.internal.MunicipalMap;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The national operations room's screen: open and late complaints on the governorate's map (drawn
 * from the shipped GeoJSON, no third-party tiles) and in a table beside it, per category, and the
 * late ones first; the board refreshes itself every 30 seconds (htmx) and is the same page without
 * JavaScript. The daily report of any day is {@link DailyReportPages}.
 */
@Controller
class OperationsRoomPages {

    /** A municipality on the map: where, how loaded, and its name. */
    record Marker(String code, String name, double x, double y, double r, int open, int late) {
    }

    /** A district's outline on the map. */
    record District(String code, String name, String path) {
    }

    private final ComplaintLoads loads;
    private final MunicipalMap map;
    private final Organisations organisations;
    private final ComplaintCategories categories;
    private final Complaints complaints;
    private final Calendars calendars;
    private final Clock clock;

    OperationsRoomPages(ComplaintLoads loads, MunicipalMap map, Organisations organisations, ComplaintCategories categories,
                        Complaints complaints, Calendars calendars, Clock clock) {
        this.loads = loads;
        this.map = map;
        this.organisations = organisations;
        this.categories = categories;
        this.complaints = complaints;
        this.calendars = calendars;
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
        var load = loads.loadByMunicipality();
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
        model.addAttribute("byCategory", loads.loadByCategory());
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("lateOnes", complaints.list(actor, new Complaints.Filter(null, null, "OPEN", true), 0, 20));
        var places = new HashMap<String, String>();
        organisations.municipalities().forEach(m -> places.put(m.code(), m.name(locale)));
        model.addAttribute("places", places);
        model.addAttribute("now", clock.instant());
    }
}
