package org.nafitha.municipal.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.ComplaintClosed;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints as the people who handle them see them. Who sees one: the operations room and municipal
 * affairs every one; a municipality's staff and mukhtars those in their municipality; the citizen who
 * filed it; the agent who filed it for a caller. Anyone else is told it does not exist. The competent
 * municipality's staff, or the operations room, close it with a resolution (once: a conditional
 * update); the operations room routes it again when the category or place was wrong.
 */
@Service
public class Complaints {

    public record Attachment(UUID document, String name) {
    }

    public record Complaint(UUID id, String reference, String source, String category, String municipality,
                            @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String description,
                            @Nullable String complainant, @Nullable String contactName, @Nullable String contactMobile,
                            String routedKind, String routedTo, String status, Instant dueAt, @Nullable Instant escalatedAt,
                            @Nullable String resolution, @Nullable String closedBy, @Nullable Instant closedAt,
                            String filedBy, Instant filedAt, List<Attachment> attachments) {

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean lateAt(Instant now) {
            return open() && dueAt.isBefore(now);
        }
    }

    /** A list's filters; null means any. */
    public record Filter(@Nullable String municipality, @Nullable String category, @Nullable String status,
                         boolean lateOnly) {
    }

    private static final String COLUMNS = """
            id, reference, source, category, municipality, latitude, longitude, description, complainant, contact_name,
            contact_mobile, routed_kind, routed_to, status, due_at, escalated_at, resolution, closed_by, closed_at, filed_by, filed_at""";

    private final JdbcClient jdbc;
    private final MunicipalStaff staff;
    private final ComplaintCategories categories;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(JdbcClient jdbc, MunicipalStaff staff, ComplaintCategories categories, Organisations organisations,
               AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.staff = staff;
        this.categories = categories;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** One complaint if the actor may see it (the read is audited), else empty. */
    public Optional<Complaint> read(Actor actor, String idOrReference) {
        var found = find(idOrReference).filter(c -> mayRead(actor, c));
        found.ifPresent(c -> audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(),
                "municipal.complaint.read", c.complainant(), c.reference(), null, null)));
        return found;
    }

    /** Complaints the actor may see, late ones first then the newest, at most {@code limit} from {@code offset}. */
    public List<Complaint> list(Actor actor, Filter filter, int offset, int limit) {
        var scope = scope(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM municipal_complaints WHERE " + WHERE + """
                         ORDER BY CASE WHEN status = 'OPEN' AND due_at < :now THEN 0 ELSE 1 END, filed_at DESC, id
                         OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY""")
                .params(params(scope, filter)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> complaint(rs, List.of())).list();
    }

    public int count(Actor actor, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_complaints WHERE " + WHERE)
                .params(params(scope(actor), filter)).query(Integer.class).single();
    }

    /** Closes an open complaint with what was done; null when closed, else why not. */
    @Transactional
    public @Nullable MunicipalError close(Actor actor, String idOrReference, @Nullable String resolution) {
        var c = find(idOrReference).filter(x -> mayRead(actor, x));
        if (c.isEmpty()) return MunicipalError.NOT_FOUND;
        if (!mayClose(actor, c.get())) return MunicipalError.NOT_ALLOWED_TO_CLOSE;
        if (resolution == null || resolution.isBlank()) return MunicipalError.RESOLUTION_REQUIRED;
        if (resolution.strip().length() > FilingComplaints.DESCRIPTION_MAX) return MunicipalError.DESCRIPTION_TOO_LONG;
        var closed = jdbc.sql("""
                        UPDATE municipal_complaints SET status = 'CLOSED', resolution = :r, closed_by = :by, closed_at = :at
                        WHERE id = :id AND status = 'OPEN'""")
                .param("r", resolution.strip()).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .param("id", c.get().id()).update() == 1;
        if (!closed) return MunicipalError.ALREADY_CLOSED;
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.complaint.close",
                c.get().complainant(), c.get().reference(), resolution.strip(), null));
        events.publishEvent(new ComplaintClosed(c.get().reference(), c.get().complainant(), resolution.strip(), clock.instant()));
        return null;
    }

    /** The operations room sends an open complaint to another category or place: routed again, a new deadline. */
    @Transactional
    public @Nullable MunicipalError route(Actor actor, String idOrReference, @Nullable String category,
                                          @Nullable String municipality) {
        if (!actor.has(Role.OPERATIONS_ROOM)) return MunicipalError.NOT_ALLOWED_TO_CLOSE;
        var c = find(idOrReference);
        if (c.isEmpty()) return MunicipalError.NOT_FOUND;
        var cat = category == null ? Optional.<ComplaintCategories.Category>empty() : categories.find(category);
        if (cat.isEmpty()) return MunicipalError.CATEGORY_UNKNOWN;
        var place = municipality == null ? Optional.<Organisations.Municipality>empty() : organisations.municipality(municipality);
        if (place.isEmpty()) return MunicipalError.MUNICIPALITY_UNKNOWN;
        var now = clock.instant();
        var to = cat.get().toMunicipality() ? place.get().code() : cat.get().competent();
        var routed = jdbc.sql("""
                        UPDATE municipal_complaints SET category = :c, municipality = :m, routed_kind = :kind, routed_to = :to,
                            due_at = :due, escalated_at = NULL
                        WHERE id = :id AND status = 'OPEN'""")
                .param("c", cat.get().code()).param("m", place.get().code())
                .param("kind", cat.get().toMunicipality() ? "MUNICIPALITY" : "DEPARTMENT").param("to", to)
                .param("due", Timestamp.from(now.plus(Duration.ofHours(cat.get().hours())))).param("id", c.get().id()).update() == 1;
        if (!routed) return MunicipalError.ALREADY_CLOSED;
        audit.record(new AuditEntry(actor.username(), actor.primaryRole().name(), "municipal.complaint.route",
                c.get().complainant(), c.get().reference(), cat.get().code() + " at " + place.get().code() + ", routed to " + to, null));
        return null;
    }

    public boolean mayClose(Actor actor, Complaint c) {
        if (actor.has(Role.OPERATIONS_ROOM)) return true;
        return actor.has(Role.MUNICIPAL_STAFF) && "MUNICIPALITY".equals(c.routedKind())
                && staff.municipalityOf(actor).map(c.routedTo()::equals).orElse(false);
    }

    Optional<Complaint> find(String idOrReference) {
        UUID id = null;
        try {
            id = UUID.fromString(idOrReference);
        } catch (IllegalArgumentException aReference) {
            // read by reference
        }
        var found = jdbc.sql("SELECT " + COLUMNS + " FROM municipal_complaints WHERE "
                        + (id == null ? "reference = :r" : "id = :r"))
                .param("r", id == null ? idOrReference.strip().toUpperCase(Locale.ROOT) : id)
                .query((rs, n) -> complaint(rs, List.of())).optional();
        return found.map(c -> new Complaint(c.id(), c.reference(), c.source(), c.category(), c.municipality(), c.latitude(),
                c.longitude(), c.description(), c.complainant(), c.contactName(), c.contactMobile(), c.routedKind(),
                c.routedTo(), c.status(), c.dueAt(), c.escalatedAt(), c.resolution(), c.closedBy(), c.closedAt(),
                c.filedBy(), c.filedAt(), attachments(c.id())));
    }

    private List<Attachment> attachments(UUID complaint) {
        return jdbc.sql("SELECT document, name FROM municipal_complaint_attachments WHERE complaint_id = :c ORDER BY name")
                .param("c", complaint).query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    private boolean mayRead(Actor actor, Complaint c) {
        if (actor.has(Role.OPERATIONS_ROOM) || actor.has(Role.MUNICIPAL_AFFAIRS)) return true;
        if (actor.roles().stream().anyMatch(Role::isMunicipal)) {
            return staff.municipalityOf(actor).map(c.municipality()::equals).orElse(false);
        }
        return actor.username().equals(c.complainant()) || actor.username().equals(c.filedBy());
    }

    /** Who sees what, as a WHERE clause's parameters: all, one municipality, or what one person filed. */
    private record Scope(boolean all, @Nullable String municipality, @Nullable String person) {
    }

    private static final String WHERE = """
            (:all OR municipality = :scopeMunicipality OR complainant = :person OR filed_by = :person)
            AND (CAST(:m AS VARCHAR(40)) IS NULL OR municipality = :m)
            AND (CAST(:c AS VARCHAR(30)) IS NULL OR category = :c)
            AND (CAST(:s AS VARCHAR(8)) IS NULL OR status = :s)
            AND (:late = FALSE OR (status = 'OPEN' AND due_at < :now))""";

    private Scope scope(Actor actor) {
        if (actor.has(Role.OPERATIONS_ROOM) || actor.has(Role.MUNICIPAL_AFFAIRS)) return new Scope(true, null, null);
        if (actor.roles().stream().anyMatch(Role::isMunicipal)) {
            return new Scope(false, staff.municipalityOf(actor).orElse("-"), null);
        }
        return new Scope(false, null, actor.username());
    }

    private Map<String, Object> params(Scope scope, Filter f) {
        var p = new HashMap<String, Object>();
        p.put("all", scope.all());
        p.put("scopeMunicipality", scope.municipality() == null ? "-" : scope.municipality());
        p.put("person", scope.person() == null ? "-" : scope.person());
        p.put("m", f.municipality());
        p.put("c", f.category());
        p.put("s", f.status());
        p.put("late", f.lateOnly());
        p.put("now", Timestamp.from(clock.instant()));
        return p;
    }

    static Complaint complaint(ResultSet rs, List<Attachment> attachments) throws SQLException {
        return new Complaint(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("source"),
                rs.getString("category"), rs.getString("municipality"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), rs.getString("description"), rs.getString("complainant"),
                rs.getString("contact_name"), rs.getString("contact_mobile"), rs.getString("routed_kind"),
                rs.getString("routed_to"), rs.getString("status"), instant(rs, "due_at"), instantOrNull(rs, "escalated_at"),
                rs.getString("resolution"), rs.getString("closed_by"), instantOrNull(rs, "closed_at"),
                rs.getString("filed_by"), instant(rs, "filed_at"), attachments);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
