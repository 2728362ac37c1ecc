package org.nafitha.issuance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.nafitha.identity.Actor;
import org.nafitha.issuance.internal.AccessibleDocuments;
import org.nafitha.issuance.internal.IssuedDocument;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An approved case's issued document for the app: what it is and its verification code, and the
 * accessible version as data ({@link IssuedDocumentPdfApi}: the signed PDF). The same rule as the
 * case page's links ({@link DocumentAccess}).
 */
@RestController
@RequestMapping("/api/v1/applications/{reference}/document")
@Tag(name = "Issued documents")
@SecurityRequirement(name = "bearer")
class IssuedDocumentApi {

    private final DocumentAccess access;
    private final IssuedDocuments documents;
    private final AccessibleDocuments accessible;

    IssuedDocumentApi(DocumentAccess access, IssuedDocuments documents, AccessibleDocuments accessible) {
        this.access = access;
        this.documents = documents;
        this.accessible = accessible;
    }

    record DocumentView(String reference, String verificationCode, String type, String status, LocalDate issuedOn,
                        Instant issuedAt, String verifyUrl, String pdf, String accessible) {
    }

    @Operation(summary = "The issued document of my case: type, status, verification code and links",
            description = "404 with code api.document.notIssued while the case is not approved or its document is "
                    + "still being signed; 404 without detail for a case that is not the caller's.")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "GCC-2026-004512-3", "verificationCode": "7KQ2M9XD4HTP3RWB", "type": "شهادة حسن سيرة وسلوك",
             "status": "VALID", "issuedOn": "2026-03-18", "issuedAt": "2026-03-18T10:42:07+03:00",
             "verifyUrl": "https://nafitha.moi.gov.sa/verify/7KQ2M9XD4HTP3RWB",
             "pdf": "/api/v1/applications/GCC-2026-004512-3/document/pdf",
             "accessible": "/api/v1/applications/GCC-2026-004512-3/document/accessible"}""")))
    @GetMapping
    ResponseEntity<?> summary(@PathVariable String reference, Actor actor, Locale locale) {
        var ref = access.mine(reference, actor);
        if (ref.isEmpty()) return access.notFound(null);
        var document = documents.forCase(ref.get());
        var readable = accessible.forCase(ref.get(), locale);
        if (document.isEmpty() || readable.isEmpty()) return access.notFound(IssuanceError.DOCUMENT_NOT_ISSUED);
        IssuedDocument d = document.get();
        var base = "/api/v1/applications/" + ref.get().value() + "/document";
        return ResponseEntity.ok(new DocumentView(ref.get().value(), d.code().value(), d.typeIn(locale), d.status().name(),
                d.issuedOn(), d.issuedAt(), readable.get().verifyUrl(), base + "/pdf", base + "/accessible"));
    }

    @Operation(summary = "The accessible version of my case's document: the same facts as labelled text, in the "
            + "language asked for (Accept-Language), for a screen reader or a native view")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"ministry": "وزارة الداخلية", "title": "شهادة حسن سيرة وسلوك",
             "statement": "تشهد وزارة الداخلية بأن حامل هذه الشهادة لا توجد عليه سوابق مسجلة حتى تاريخ إصدارها",
             "facts": [{"label": "الاسم", "value": "محمد عبد الرحيم خان", "latin": false},
                       {"label": "رقم الهوية", "value": "1047382914", "latin": true},
                       {"label": "رقم المعاملة", "value": "GCC-2026-004512-3", "latin": true}],
             "code": "7KQ2M9XD4HTP3RWB", "verifyUrl": "https://nafitha.moi.gov.sa/verify/7KQ2M9XD4HTP3RWB",
             "verifyText": "للتحقق من صحة الوثيقة امسح الرمز أو أدخل رمز التحقق في صفحة التحقق",
             "signedText": "موقعة إلكترونياً من وزارة الداخلية في ١٨ مارس ٢٠٢٦", "status": "VALID",
             "demo": false, "demoText": ""}""")))
    @GetMapping("/accessible")
    ResponseEntity<?> accessible(@PathVariable String reference, Actor actor, Locale locale) {
        var ref = access.mine(reference, actor);
        if (ref.isEmpty()) return access.notFound(null);
        return accessible.forCase(ref.get(), locale).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> access.notFound(IssuanceError.DOCUMENT_NOT_ISSUED));
    }
}
