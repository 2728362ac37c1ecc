package org.nafitha.catalogue;

import java.util.List;

import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Optional;

/**
 * An administrator edits a service: the text is checked by the same rules as the files at
 * start-up, saved as the next version (never over an existing one: two administrators saving at
 * once, the second is told), and becomes current on every node within the refresh interval. Cases
 * already opened keep their version.
 */
@Service
public class ServiceEditing implements SmartInitializingSingleton {

    private final Catalogue catalogue;
    private final ServiceVersions versions;
    private final AuditTrail audit;

    ServiceEditing(Catalogue catalogue, ServiceVersions versions, AuditTrail audit) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalogue.useStoredVersions(CatalogueLoader.texts(Catalogue.FILES));
    }

    @Scheduled(fixedDelayString = "${nafitha.catalogue.refresh-every:30s}", initialDelayString = "30s")
    void refresh() {
        catalogue.refresh();
    }

    public sealed interface Outcome {
        record Saved(int version) implements Outcome {
        }

        record Invalid(List<String> problems) implements Outcome {
        }

        /** Someone saved a version after the one the editor started from. */
        record Conflict(int current) implements Outcome {
        }

        record NotFound() implements Outcome {
        }
    }

    /** The current version's text, as stored. */
    public Optional<String> currentText(String code) {
        return catalogue.find(code).flatMap(s -> versions.text(code, s.version()));
    }

    public List<ServiceVersions.StoredVersion> history(String code) {
        return versions.history(code);
    }

    /**
     * @param baseVersion the version the administrator started editing from
     * @param text        the whole definition; its {@code version:} line is set to the next version
     */
    @Transactional
    public Outcome save(String code, int baseVersion, String text, String by) {
        var current = catalogue.find(code);
        if (current.isEmpty()) return new Outcome.NotFound();
        if (current.get().version() != baseVersion) return new Outcome.Conflict(current.get().version());
        var next = baseVersion + 1;
        if (!text.matches("(?s).*(^|\\n)version:\\s*\\d+.*")) {
            return new Outcome.Invalid(List.of(code + ": the definition has no version line"));
        }
        var numbered = text.replaceFirst("(?m)^version:\\s*\\d+", "version: " + next);
        var parsed = CatalogueLoader.parse(numbered, code);
        if (parsed.definition() == null) return new Outcome.Invalid(parsed.problems());
        var edited = parsed.definition();
        if (!edited.code().equals(code)) return new Outcome.Invalid(List.of(code + ": the service code cannot change"));
        if (catalogue.prefixTakenByAnother(code, edited.referencePrefix())) {
            return new Outcome.Invalid(List.of(code + ": reference prefix " + edited.referencePrefix()
                    + " is used by another service"));
        }
        if (!versions.insert(code, next, numbered, "ADMIN", by)) {
            return new Outcome.Conflict(versions.latestVersions().getOrDefault(code, next));
        }
        audit.record(new AuditEntry(by, "ADMIN", "catalogue.edit", null, null, code + " v" + next));
        catalogue.replaced(edited);
        return new Outcome.Saved(next);
    }
}
