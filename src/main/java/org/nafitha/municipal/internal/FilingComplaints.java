package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.PhoneNumbers;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewComplaint;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a complaint or report: checked field by field (every problem at once), its channel read
 * from who files it (a citizen on the web, an agent from a call or a written conversation, a
 * municipality's staff), routed at once to the competent municipality or department of its
 * category with that category's deadline, its files stored in the documents module. The same
 * Idempotency-Key again answers the complaint already filed; the database's unique key decides
 * when two submissions race.
 */
@Service
public class FilingComplaints {

    public sealed interface Outcome permits Filed, Refused {
    }

    /** {@code existing}: a replay of a complaint already filed. */
    public record Filed(UUID id, String reference, boolean existing) implements Outcome {
    }

    public record Refused(List<FieldProblem> problems) implements Outcome {
    }

    static final int DESCRIPTION_MAX = 4000;
    static final int ATTACHMENTS_MAX = 3;
    private static final long ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
    private static final List<String> ATTACHMENT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    private final JdbcClient jdbc;
    private final ComplaintCategories categories;
    private final Organisations organisations;
    private final MunicipalMap map;
    private final MunicipalStaff staff;
    private final PhoneNumbers phones;
    private final Documents documents;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FilingComplaints(JdbcClient jdbc, ComplaintCategories categories, Organisations organisations, MunicipalMap map,
                     MunicipalStaff staff, PhoneNumbers phones, Documents documents, AuditTrail audit,
                     TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.organisations = organisations;
        this.map = map;
        this.staff = staff;
        this.phones = phones;
        this.documents = documents;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Outcome file(Actor actor, NewComplaint c, String idempotencyKey) {
        var replay = byKey(actor.username(), idempotencyKey);
        if (replay != null) return replay;
        var problems = new ArrayList<FieldProblem>();
        var source = source(actor, c.channel(), problems);
        var category = c.category() == null ? null : categories.find(c.category().strip()).orElse(null);
        if (category == null) problems.add(new FieldProblem("category", MunicipalError.CATEGORY_UNKNOWN));
        var municipality = c.municipality() == null ? null : organisations.municipality(c.municipality().strip()).orElse(null);
        if (municipality == null) problems.add(new FieldProblem("municipality", MunicipalError.MUNICIPALITY_UNKNOWN));
        if (municipality != null && actor.roles().stream().anyMatch(Role::isMunicipal)
                && !staff.municipalityOf(actor).map(municipality.code()::equals).orElse(false)) {
            problems.add(new FieldProblem("municipality", MunicipalError.NOT_YOUR_MUNICIPALITY));
        }
        var description = c.description() == null ? "" : c.description().strip();
        if (description.isEmpty()) problems.add(new FieldProblem("description", MunicipalError.DESCRIPTION_REQUIRED));
        else if (description.length() > DESCRIPTION_MAX) problems.add(new FieldProblem("description", MunicipalError.DESCRIPTION_TOO_LONG));
        var point = point(c.latitude(), c.longitude());
        if (point == INVALID) problems.add(new FieldProblem("latitude", MunicipalError.POINT_INVALID));
        var contactName = blank(c.contactName()) ? null : c.contactName().strip();
        if (contactName != null && contactName.length() > 120) problems.add(new FieldProblem("contactName", MunicipalError.CONTACT_NAME_TOO_LONG));
        String mobile = null;
        if (!blank(c.contactMobile())) {
            mobile = phones.normalise(c.contactMobile()).orElse(null);
            if (mobile == null) problems.add(new FieldProblem("contactMobile", MunicipalError.MOBILE_INVALID));
        }
        if (c.attachments().size() > ATTACHMENTS_MAX) problems.add(new FieldProblem("attachments", MunicipalError.TOO_MANY_ATTACHMENTS));
        if (!problems.isEmpty()) return new Refused(problems);

        var stored = new ArrayList<UploadOutcome.Stored>();
        for (var file : c.attachments()) {
            var outcome = documents.store(new Upload("municipal-complaint", file.name(), file.bytes(),
                    actor.nationalId() == null ? actor.username() : actor.nationalId(), actor.username(),
                    ATTACHMENT_TYPES, ATTACHMENT_MAX_BYTES));
            if (!(outcome instanceof UploadOutcome.Stored s)) {
                return new Refused(List.of(new FieldProblem("attachments", MunicipalError.DOCUMENT_REFUSED)));
            }
            stored.add(s);
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        var toMunicipality = category.toMunicipality();
        var routedTo = toMunicipality ? municipality.code() : category.competent();
        var finalMobile = mobile;
        try {
            var reference = transaction.execute(s -> {
                var ref = "BL-" + Year.now(clock).getValue() + "-"
                        + String.format("%06d", jdbc.sql("SELECT nextval('municipal_complaint_seq')").query(Long.class).single());
                jdbc.sql("""
                                INSERT INTO municipal_complaints (id, reference, source, category, municipality, latitude, longitude,
                                    description, complainant, contact_name, contact_mobile, routed_kind, routed_to, status, due_at,
                                    filed_by, idempotency_key, filed_at)
                                VALUES (:id, :ref, :source, :category, :m, :lat, :lon, :d, :complainant, :cn, :cm, :kind, :to,
                                    'OPEN', :due, :by, :key, :at)""")
                        .param("id", id).param("ref", ref).param("source", source).param("category", category.code())
                        .param("m", municipality.code()).param("lat", point == null ? null : point[0])
                        .param("lon", point == null ? null : point[1]).param("d", description)
                        .param("complainant", actor.has(Role.APPLICANT) ? actor.username() : null)
                        .param("cn", contactName).param("cm", finalMobile)
                        .param("kind", toMunicipality ? "MUNICIPALITY" : "DEPARTMENT").param("to", routedTo)
                        .param("due", Timestamp.from(now.plus(Duration.ofHours(category.hours()))))
                        .param("by", actor.username()).param("key", idempotencyKey).param("at", Timestamp.from(now)).update();
                for (var file : stored) {
                    jdbc.sql("INSERT INTO municipal_complaint_attachments (complaint_id, document, name) VALUES (:c, :d, :n)")
                            .param("c", id).param("d", file.document().id()).param("n", file.document().filename()).update();
                }
                audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.complaint.file",
                        actor.has(Role.APPLICANT) ? actor.nationalId() : null, ref,
                        category.code() + " at " + municipality.code() + " via " + source + ", routed to " + routedTo, null));
                return ref;
            });
            return new Filed(id, reference, false);
        } catch (DuplicateKeyException raced) {
            var first = byKey(actor.username(), idempotencyKey);
            if (first == null) throw raced;
            return first;
        }
    }

    private @Nullable Filed byKey(String username, String key) {
        return jdbc.sql("SELECT id, reference FROM municipal_complaints WHERE filed_by = :u AND idempotency_key = :k")
                .param("u", username).param("k", key)
                .query((rs, n) -> new Filed(rs.getObject(1, UUID.class), rs.getString(2), true)).optional().orElse(null);
    }

    private static @Nullable String source(Actor actor, @Nullable String channel, List<FieldProblem> problems) {
        if (actor.has(Role.AGENT)) {
            if ("WRITTEN".equals(channel) || "CALL_CENTRE".equals(channel)) return channel;
            problems.add(new FieldProblem("channel", MunicipalError.CHANNEL_INVALID));
            return null;
        }
        if (actor.roles().stream().anyMatch(Role::isMunicipal)) return "MUNICIPALITY";
        if (actor.has(Role.OPERATIONS_ROOM)) return "CALL_CENTRE";
        if (actor.has(Role.APPLICANT)) return "WEB";
        problems.add(new FieldProblem(null, MunicipalError.NOT_ALLOWED_TO_FILE));
        return null;
    }

    private static final double[] INVALID = new double[0];

    /** The point given, null when none, {@link #INVALID} when half given, not numbers or outside the map. */
    private double @Nullable [] point(@Nullable String latitude, @Nullable String longitude) {
        if (blank(latitude) && blank(longitude)) return null;
        if (blank(latitude) || blank(longitude)) return INVALID;
        try {
            var lat = Double.parseDouble(decimal(latitude));
            var lon = Double.parseDouble(decimal(longitude));
            return map.contains(lat, lon) ? new double[]{lat, lon} : INVALID;
        } catch (NumberFormatException notANumber) {
            return INVALID;
        }
    }

    /** Arabic-Indic and Persian digits to Latin, the Arabic decimal separator to a point. */
    private static String decimal(String text) {
        return ArabicDigits.toLatin(text.strip()).replace('٫', '.').replace(',', '.');
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
