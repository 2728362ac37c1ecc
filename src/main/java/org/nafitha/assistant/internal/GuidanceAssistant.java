package org.nafitha.assistant.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.FeePreview;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicText;
import org.nafitha.identity.Actor;
import org.nafitha.portal.PortalProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Finds the services a question is about in the catalogue's index and answers with their
 * definitions, copied as they are; staff-only services only to staff.
 */
@Service
class GuidanceAssistant implements Assistant {

    /** Two services whose scores are this close are offered as a choice. */
    static final double CLOSE = 0.9;
    // the scripts of the catalogue's languages: Arabic (and Urdu), Latin (English, French, Filipino),
    // Devanagari, Bengali and Malayalam; a question in another script is not understood
    private static final Pattern LETTERS = Pattern.compile("[\\p{IsArabic}a-zA-Z\\p{IsDevanagari}\\p{IsBengali}\\p{IsMalayalam}\\p{IsLatin}]");
    private static final Pattern WORD_IN_A_KNOWN_SCRIPT = Pattern.compile(
            "[\\p{IsArabic}]{2,}|[\\p{IsLatin}]{2,}|[\\p{IsDevanagari}]{2,}|[\\p{IsBengali}]{2,}|[\\p{IsMalayalam}]{2,}");

    private final Catalogue catalogue;
    private final PortalProperties portal;
    private final ServiceAnswers serviceAnswers;
    private final OwnApplications ownApplications;
    private final MessageSource messages;
    private final UnansweredQuestions unanswered;
    private final Lexicon lexicon = Lexicon.load();
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(lexicon.ignore, lexicon.apart);
    private volatile @Nullable ServiceIndex index;

    GuidanceAssistant(Catalogue catalogue, PortalProperties portal, ObjectProvider<FeePreview> fees,
                      ObjectProvider<CaseOverviews> cases, MessageSource messages, UnansweredQuestions unanswered) {
        this.catalogue = catalogue;
        this.portal = portal;
        this.serviceAnswers = new ServiceAnswers(fees, messages);
        this.ownApplications = new OwnApplications(cases, catalogue);
        this.messages = messages;
        this.unanswered = unanswered;
    }

    @Override
    public Reply ask(String question, Locale locale, @Nullable Actor actor) {
        var text = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        var folded = ArabicText.fold(text);
        var reference = OwnApplications.reference(folded);
        if (reference.isPresent() || lexicon.status.stream().anyMatch(p -> containsPhrase(folded, p))) {
            return ownApplications.status(reference, locale, actor);
        }
        if (!LETTERS.matcher(text).find() || !WORD_IN_A_KNOWN_SCRIPT.matcher(text).find()) {
            return new Reply(List.of(), null, true, true, Set.of(), null, false);
        }
        var index = index();
        var parsed = index.parse(text, false);
        if (parsed.groups().isEmpty()) {
            return new Reply(List.of(), null, true, true, parsed.facts(), null, false);
        }
        var staff = actor != null && actor.isStaff();
        var hits = offered(index, parsed, staff);
        // nothing found: read again forgiving more typos («رختي», «البطااقة»)
        if (hits.isEmpty()) hits = offered(index, index.parse(text, true), staff);
        if (hits.isEmpty()) {
            unanswered.keep(text, locale);
            return new Reply(List.of(), null, true, false, parsed.facts(), null, false);
        }
        var answers = hits.stream().map(e -> serviceAnswers.answer(e.getValue().get(), e.getKey().score(), locale))
                .toList();
        Clarify clarify = null;
        if (answers.size() > 1 && answers.get(1).score() >= CLOSE * answers.get(0).score()) {
            var close = answers.stream().filter(a -> a.score() >= CLOSE * answers.get(0).score())
                    .map(a -> new Choice(a.service(), a.title())).toList();
            clarify = new Clarify(messages.getMessage("assistant.clarify", null, locale), close);
        }
        return new Reply(answers, clarify, false, false, parsed.facts(), null, false);
    }

    /** The services found for the question that this person may see, the first three. */
    private List<Map.Entry<ServiceIndex.Hit, Optional<ServiceDefinition>>> offered(
            ServiceIndex index, QuestionReader.Parsed parsed, boolean staff) {
        return index.find(parsed.groups()).stream()
                .map(h -> Map.entry(h, catalogue.find(h.code())))
                .filter(e -> e.getValue().isPresent() && (staff || !portal.staffSectors().contains(e.getValue().get().sector())))
                .limit(3).toList();
    }

    /** The lexicon's phrase as whole words of the question. */
    private static boolean containsPhrase(String folded, String phrase) {
        return (" " + folded.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + phrase + " ");
    }

    /** The index of the catalogue as it is now; rebuilt when an editor saved a new version. */
    ServiceIndex index() {
        var services = catalogue.all();
        var signature = services.stream().map(s -> s.code() + "@" + s.version()).collect(Collectors.joining(","));
        var current = index;
        if (current == null || !current.signature.equals(signature)) {
            current = new ServiceIndex(services, lexicon, analyzer, signature);
            index = current;
        }
        return current;
    }
}
