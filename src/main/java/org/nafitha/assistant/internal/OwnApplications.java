package org.nafitha.assistant.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant.ApplicationStatus;
import org.nafitha.assistant.Assistant.Reply;
import org.nafitha.cases.CaseOverviews;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.beans.factory.ObjectProvider;

/** The assistant's answer to "where is my application?", and the reference a question may name. */
final class OwnApplications {

    private final ObjectProvider<CaseOverviews> cases;
    private final Catalogue catalogue;

    OwnApplications(ObjectProvider<CaseOverviews> cases, Catalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    static Optional<CaseReference> reference(String folded) {
        var m = Pattern.compile("[a-z]{2,4}\\s*-\\s*\\d{4}\\s*-\\s*\\d{6,}\\s*-\\s*\\d").matcher(folded);
        return m.find() ? CaseReference.parse(m.group()) : Optional.empty();
    }

    /**
     * "Where is my application?": the asker's own applications; a reference that is not one of
     * theirs gets the same answer as a reference that does not exist.
     */
    Reply status(Optional<CaseReference> reference, Locale locale, @Nullable Actor actor) {
        var overviews = cases.getIfAvailable();
        if (actor == null || actor.nationalId() == null || overviews == null) {
            return new Reply(List.of(), null, false, false, Set.of(), null, true);
        }
        var mine = overviews.ofApplicant(actor).stream()
                .filter(c -> reference.isEmpty() || c.reference().equals(reference.get()))
                .limit(5)
                .map(c -> new ApplicationStatus(c.reference().value(), c.serviceCode(),
                        catalogue.find(c.serviceCode()).map(s -> s.name().in(locale)).orElse(c.serviceCode()),
                        c.status(), c.updatedAt()))
                .toList();
        return new Reply(List.of(), null, false, false, Set.of(), mine, false);
    }
}
