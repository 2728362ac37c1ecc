package org.nafitha.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicText;
import org.nafitha.identity.Actor;
import org.nafitha.portal.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * The services a visitor may see, found by words that forgive Arabic spelling (hamza, alef maqsura,
 * ta marbuta, diacritics, Arabic-Indic digits) in either language. Staff-only sectors are hidden
 * from everyone but staff. Each service's searchable text is folded once per version, not on
 * every search.
 */
@Component
class ServiceFinder {

    private final Catalogue catalogue;
    private final PortalProperties properties;
    private final Map<String, String> folded = new ConcurrentHashMap<>();

    ServiceFinder(Catalogue catalogue, PortalProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    List<ServiceDefinition> visibleTo(@Nullable Actor actor) {
        var staff = actor != null && actor.isStaff();
        return catalogue.all().stream().filter(s -> staff || !properties.staffSectors().contains(s.sector())).toList();
    }

    boolean visible(ServiceDefinition service, @Nullable Actor actor) {
        return (actor != null && actor.isStaff()) || !properties.staffSectors().contains(service.sector());
    }

    /** Services matching every word of the query, and in the sector if one is given. */
    List<ServiceDefinition> search(@Nullable String query, @Nullable String sector, @Nullable Actor actor) {
        var words = query == null ? new String[0] : ArabicText.fold(query).split(" ");
        var result = new ArrayList<ServiceDefinition>();
        for (var s : visibleTo(actor)) {
            if (sector != null && !sector.isBlank() && !s.sector().equals(sector)) continue;
            var text = haystack(s);
            var all = true;
            for (var w : words) {
                if (!w.isEmpty() && !text.contains(w) && !text.contains(withoutArticle(w))) all = false;
            }
            if (all) result.add(s);
        }
        return result;
    }

    /** The popular services the home page shows first, in the configured order. */
    List<ServiceDefinition> popular(@Nullable Actor actor) {
        return properties.popular().stream().flatMap(code -> catalogue.find(code).stream())
                .filter(s -> visible(s, actor)).toList();
    }

    /** Sector → how many services it has, in catalogue order. */
    Map<String, Integer> sectors(@Nullable Actor actor) {
        var sectors = new LinkedHashMap<String, Integer>();
        visibleTo(actor).forEach(s -> sectors.merge(s.sector(), 1, Integer::sum));
        return sectors;
    }

    private String haystack(ServiceDefinition s) {
        return folded.computeIfAbsent(s.code() + "@" + s.version(), key -> ArabicText.fold(String.join(" ",
                s.name().ar(), s.name().en(), s.summary().ar(), s.summary().en(), s.code().replace('-', ' '))));
    }

    /** "الجواز" finds "جواز": people type the article or leave it out. */
    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }
}
