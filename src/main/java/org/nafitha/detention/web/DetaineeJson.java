package org.nafitha.detention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.internal.CourtSession;
import org.nafitha.detention.internal.DetaineeFile;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A detainee as one follower may see them. Fields the relation may not see are absent from the
 * JSON, never null; {@code legalStatus} is {@code IN_CUSTODY} when the status itself is not theirs to see.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = """
        {"id": "3d8a1f62-9e4b-4c70-b5d3-2a6f8e1c7b94", "name": "فهد بن سالم العتيبي", "fileNumber": "ملف ٢٠٢٥/٤٨١٧",
         "relation": "PARENT", "facility": "إصلاحية الحائر — الرياض", "legalStatus": "ON_TRIAL",
         "nextCourtSession": {"at": "2026-04-06T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض"},
         "courtSessions": [{"at": "2026-02-10T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض", "outcome": "تأجيل لاستكمال البينات"}],
         "sentence": null, "visitsLeft": 2,
         "contacts": [{"name": "المحامي خالد بن عمر الشهري", "relation": "LAWYER"}], "health": null}""")
record DetaineeJson(UUID id, String name, String fileNumber, String relation, @Nullable String facility,
                    String legalStatus, @Nullable Session nextCourtSession, @Nullable List<Session> courtSessions,
                    @Nullable Sentence sentence, @Nullable Integer visitsLeft, @Nullable List<ContactJson> contacts,
                    @Nullable String health) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CourtSession")
    record Session(Instant at, String court, @Nullable String outcome) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DetaineeSentence")
    record Sentence(@Nullable String text, @Nullable LocalDate expectedRelease) {
    }

    record ContactJson(String name, String relation) {
    }

    static DetaineeJson of(DetaineeFile f, Locale locale) {
        var d = f.detainee();
        var status = f.legalStatus() != null ? f.legalStatus().name() : f.inCustody() ? "IN_CUSTODY" : "RELEASED";
        return new DetaineeJson(d.id(), d.name(locale), d.fileNumber(), f.relation().name(),
                f.facility() == null ? null : f.facility().name(locale), status,
                f.nextCourtSession() == null ? null : session(f.nextCourtSession(), locale),
                f.courtSessions() == null ? null : f.courtSessions().stream().map(s -> session(s, locale)).toList(),
                f.sentence() == null ? null : new Sentence("ar".equals(locale.getLanguage()) ? f.sentence().ar()
                        : f.sentence().en(), f.sentence().expectedRelease()),
                f.visitsLeft(),
                f.contacts() == null ? null : f.contacts().stream()
                        .map(c -> new ContactJson(c.name(), c.relation().name())).toList(),
                f.health() == null ? null : "ar".equals(locale.getLanguage()) ? f.health().ar() : f.health().en());
    }

    private static Session session(CourtSession s, Locale locale) {
        return new Session(s.heldAt(), s.court(locale), s.outcome(locale));
    }
}
