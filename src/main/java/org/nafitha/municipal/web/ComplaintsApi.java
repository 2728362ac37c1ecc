package org.nafitha.municipal.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewComplaint;
import org.nafitha.municipal.internal.ComplaintCategories;
import org.nafitha.municipal.internal.Complaints;
import org.nafitha.municipal.internal.FilingComplaints;
import org.nafitha.municipal.internal.Organisations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Complaints and reports for the operations room: a citizen, a call-centre agent or a municipality
 * files one (routed at once to whoever is competent, with a deadline); the people who may see it
 * read it and list theirs, late ones first; the competent municipality or the operations room
 * closes it; the operations room routes it again. Someone who may not see a complaint is told it
 * does not exist.
 */
@RestController
@RequestMapping("/api/v1/municipal/complaints")
@Tag(name = "Municipal complaints")
class ComplaintsApi {

    /** A file attached: its name and content, base64 (PDF, JPEG or PNG, at most 5 MB; at most three). */
    @Schema(name = "ComplaintAttachmentUpload")
    record AttachmentJson(@Nullable String name, @Nullable String content) {
    }

    /** {@code channel}: for a call-centre agent, {@code CALL_CENTRE} or {@code WRITTEN}. Decimal degrees; Arabic-Indic digits accepted. */
    @Schema(example = """
            {"category": "WASTE", "municipality": "ML-MATN-BOURJ-HAMMOUD",
             "description": "النفايات متراكمة منذ خمسة أيام عند مدخل شارع أراكس قرب المدرسة، والرائحة لا تحتمل",
             "latitude": "33.8921", "longitude": "35.5412", "contactName": "سيتا كيفوركيان", "contactMobile": "+96170123456",
             "channel": null, "attachments": [{"name": "صورة-الحاوية.jpg", "content": "/9j/4AAQSkZJRgABAQ=="}]}""")
    record NewComplaintJson(@Nullable String category, @Nullable String municipality, @Nullable String description,
                            @Nullable Object latitude, @Nullable Object longitude, @Nullable String contactName,
                            @Nullable String contactMobile, @Nullable String channel, @Nullable List<AttachmentJson> attachments) {
    }

    record ComplaintFiledJson(UUID id, String reference, String status) {
    }

    @Schema(name = "MunicipalComplaint")
    record ComplaintJson(UUID id, String reference, String source, String category, String municipality,
                         @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, String description,
                         String routedKind, String routedTo, String status, Instant dueAt, boolean late,
                         @Nullable Instant escalatedAt, @Nullable String resolution, @Nullable Instant closedAt,
                         Instant filedAt, List<String> attachments) {
    }

    record ResolutionJson(@Schema(example = "رُفعت النفايات صباح اليوم وأضيفت حاوية ثانية في الموقع") @Nullable String resolution) {
    }

    record RouteJson(@Schema(example = "ROADS") @Nullable String category,
                     @Schema(example = "ML-MATN-JDEIDEH") @Nullable String municipality) {
    }

    private final FilingComplaints filing;
    private final Complaints complaints;
    private final ComplaintCategories categories;
    private final Organisations organisations;
    private final MunicipalProblems problems;
    private final Clock clock;

    ComplaintsApi(FilingComplaints filing, Complaints complaints, ComplaintCategories categories, Organisations organisations,
                  MunicipalProblems problems, Clock clock) {
        this.filing = filing;
        this.complaints = complaints;
        this.categories = categories;
        this.organisations = organisations;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(summary = "File a complaint or report; routed at once to the competent municipality or department, "
            + "with the category's deadline. The same Idempotency-Key answers the complaint already filed (200).")
    @ApiResponse(responseCode = "201", description = "filed (200: a replay)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5d0c2a7e-8f41-4b3a-9e26-1c7b5f3d8a90", "reference": "BL-2026-000412", "status": "OPEN"}""")))
    @PostMapping
    ResponseEntity<?> file(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false)
                           @Nullable String key, @RequestBody NewComplaintJson body, Actor actor) {
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(MunicipalError.IDEMPOTENCY_KEY_REQUIRED);
        var files = new ArrayList<NewComplaint.Attachment>();
        for (var a : body.attachments() == null ? List.<AttachmentJson>of() : body.attachments()) {
            try {
                files.add(new NewComplaint.Attachment(a.name() == null || a.name().isBlank() ? "attachment" : a.name(),
                        Base64.getDecoder().decode(a.content() == null ? "" : a.content())));
            } catch (IllegalArgumentException notBase64) {
                return problems.of(List.of(new FieldProblem("attachments", MunicipalError.DOCUMENT_REFUSED)));
            }
        }
        var request = new NewComplaint(body.category(), body.municipality(), body.description(), text(body.latitude()),
                text(body.longitude()), body.contactName(), body.contactMobile(), body.channel(), files);
        return switch (filing.file(actor, request, key)) {
            case FilingComplaints.Filed f -> (f.existing() ? ResponseEntity.ok()
                    : ResponseEntity.created(URI.create("/api/v1/municipal/complaints/" + f.id())))
                    .header("Idempotent-Replayed", String.valueOf(f.existing()))
                    .body(new ComplaintFiledJson(f.id(), f.reference(), "OPEN"));
            case FilingComplaints.Refused r -> problems.of(r.problems());
        };
    }

    @Operation(summary = "One complaint, by id or reference, if I may see it")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = EXAMPLE)))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var found = complaints.read(actor, id);
        return found.<ResponseEntity<?>>map(c -> ResponseEntity.ok(json(c))).orElseGet(() -> problems.of(MunicipalError.NOT_FOUND));
    }

    @Operation(summary = "The complaints I may see, late ones first, then the newest; filters by municipality, "
            + "category, status (OPEN, CLOSED) and late=true")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = "[" + EXAMPLE + "]")))
    @GetMapping
    List<ComplaintJson> list(@RequestParam(required = false) @Nullable String municipality,
                             @RequestParam(required = false) @Nullable String category,
                             @RequestParam(required = false) @Nullable String status,
                             @RequestParam(defaultValue = "false") boolean late, Actor actor) {
        if (municipality != null && organisations.municipality(municipality).isEmpty()) refuse("municipality", MunicipalError.MUNICIPALITY_UNKNOWN);
        if (category != null && categories.find(category).isEmpty()) refuse("category", MunicipalError.CATEGORY_UNKNOWN);
        if (status != null && !List.of("OPEN", "CLOSED").contains(status)) refuse("status", MunicipalError.STATUS_INVALID);
        return complaints.list(actor, new Complaints.Filter(municipality, category, status, late), 0, 5000)
                .stream().map(this::json).toList();
    }

    @Operation(summary = "Close a complaint with what was done: the competent municipality's staff or the operations room")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = EXAMPLE)))
    @PostMapping("/{id}/close")
    ResponseEntity<?> close(@PathVariable String id, @RequestBody ResolutionJson body, Actor actor) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        var error = complaints.close(actor, uuid.get().toString(), body.resolution());
        if (error != null) return problems.of(error == MunicipalError.RESOLUTION_REQUIRED
                ? List.of(new FieldProblem("resolution", error)) : List.of(new FieldProblem(null, error)));
        return one(id, actor);
    }

    @Operation(summary = "The operations room routes an open complaint again: another category or municipality, a new deadline")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = EXAMPLE)))
    @PostMapping("/{id}/route")
    ResponseEntity<?> route(@PathVariable String id, @RequestBody RouteJson body, Actor actor) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        var error = complaints.route(actor, uuid.get().toString(), body.category(), body.municipality());
        if (error == null) return one(id, actor);
        var field = switch (error) {
            case CATEGORY_UNKNOWN -> "category";
            case MUNICIPALITY_UNKNOWN -> "municipality";
            default -> null;
        };
        return problems.of(List.of(new FieldProblem(field, error)));
    }

    private static final String EXAMPLE = """
            {"id": "5d0c2a7e-8f41-4b3a-9e26-1c7b5f3d8a90", "reference": "BL-2026-000412", "source": "WEB",
             "category": "WASTE", "municipality": "ML-MATN-BOURJ-HAMMOUD",
             "latitude": 33.8921, "longitude": 35.5412,
             "description": "النفايات متراكمة منذ خمسة أيام عند مدخل شارع أراكس قرب المدرسة، والرائحة لا تحتمل",
             "routedKind": "MUNICIPALITY", "routedTo": "ML-MATN-BOURJ-HAMMOUD", "status": "OPEN",
             "dueAt": "2026-03-16T09:05:00Z", "late": false, "escalatedAt": null, "resolution": null, "closedAt": null,
             "filedAt": "2026-03-14T09:05:00Z", "attachments": ["صورة-الحاوية.jpg"]}""";

    private ComplaintJson json(Complaints.Complaint c) {
        return new ComplaintJson(c.id(), c.reference(), c.source(), c.category(), c.municipality(), c.latitude(),
                c.longitude(), c.description(), c.routedKind(), c.routedTo(), c.status(), c.dueAt(),
                c.lateAt(clock.instant()), c.escalatedAt(), c.resolution(), c.closedAt(), c.filedAt(),
                c.attachments().stream().map(Complaints.Attachment::name).toList());
    }

    private void refuse(String field, MunicipalError error) {
        throw problems.refused(new FieldProblem(field, error));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
