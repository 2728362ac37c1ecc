package org.nafitha.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.nafitha.catalogue.Applicant;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.springframework.stereotype.Service;

/**
 * Suggests services for what a visitor asks for in their own words ("أبغى أجدد رخصة السواقة"):
 * the words are folded as the portal's search folds them, everyday words are mapped to the
 * catalogue's vocabulary ({@link RequestWords}), and each service scores by the words its name
 * (most) and summary share.
 * Reception picks one; nothing is chosen for them.
 */
@Service
public class RequestClassifier {

    private final Catalogue catalogue;

    RequestClassifier(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record Suggestion(ServiceDefinition service, int score) {
    }

    /** The best-matching public services, best first, at most {@code limit}; none for an empty request. */
    public List<Suggestion> suggest(String request, int limit) {
        var words = RequestWords.of(request);
        if (words.isEmpty()) return List.of();
        var scored = new ArrayList<Suggestion>();
        for (var service : catalogue.all()) {
            if (!offeredAtReception(service)) continue;
            var name = new HashSet<String>();
            name.addAll(RequestWords.of(service.name().ar()));
            name.addAll(RequestWords.of(service.name().en()));
            var summary = new HashSet<String>();
            summary.addAll(RequestWords.of(service.summary().ar()));
            summary.addAll(RequestWords.of(service.summary().en()));
            int score = 0;
            for (var w : words) {
                if (name.contains(w)) score += 3;
                else if (summary.contains(w)) score += 1;
            }
            if (score > 0) scored.add(new Suggestion(service, score));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(s -> s.service().code()))
                .limit(limit).toList();
    }

    /**
     * What reception may enter for a visitor: the public services a person applies for
     * themselves (not the ministry's internal staff services, nor those a sponsor or guardian
     * applies for on someone's behalf, which need their mandate).
     */
    public static boolean offeredAtReception(ServiceDefinition service) {
        return !"internal".equals(service.department())
                && service.applicants() != null && service.applicants().contains(Applicant.SELF);
    }
}
