package org.nafitha.cases.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.AttachingDocuments;
import org.nafitha.catalogue.FieldDefinition;
import org.nafitha.catalogue.FieldError;
import org.nafitha.documents.Documents;
import org.nafitha.documents.StoredDocument;
import org.nafitha.documents.UploadOutcome;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.nafitha.catalogue.ServiceDefinition;

/**
 * The file fields of a posted application form, whoever fills it in (the applicant online or
 * reception for a visitor): a new upload is checked by content; otherwise an earlier accepted
 * upload of the same person is kept, so a form re-shown with errors does not ask for it again.
 */
@Component
class FormUploads {

    private final Documents documents;

    FormUploads(Documents documents) {
        this.documents = documents;
    }

    /** The field's error, or null when accepted (then in {@code uploaded}) or optional and left empty. */
    @Nullable FieldError accept(FieldDefinition field, MultipartHttpServletRequest request, String uploadedBy,
                                String owner, Map<String, StoredDocument> uploaded) throws IOException {
        var file = request.getFile(field.name());
        if (file != null && !file.isEmpty()) {
            var outcome = documents.store(AttachingDocuments.upload(field,
                    file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes(),
                    owner, uploadedBy));
            if (outcome instanceof UploadOutcome.Refused refused) {
                return new FieldError(field.name(), "upload." + refused.reason().name());
            }
            uploaded.put(field.name(), ((UploadOutcome.Stored) outcome).document());
            return null;
        }
        var earlier = request.getParameter(field.name() + "DocumentId");
        if (earlier != null && !earlier.isBlank()) {
            try {
                var doc = documents.find(UUID.fromString(earlier)).filter(d -> d.owner().equals(owner));
                if (doc.isPresent()) {
                    uploaded.put(field.name(), doc.get());
                    return null;
                }
            } catch (IllegalArgumentException ignoredMalformedId) {
                // treated as no earlier upload
            }
        }
        if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
            return new FieldError(field.name(), "upload.EMPTY");
        }
        return field.required() ? new FieldError(field.name(), "fileRequired") : null;
    }

    /** What the person typed or chose on a service's form: every field but files and register data. */
    static Map<String, String> typedAnswers(ServiceDefinition service,
                                                      HttpServletRequest request) {
        var input = new LinkedHashMap<String, String>();
        for (var field : service.fields()) {
            var value = request.getParameter(field.name());
            if (!field.isFile() && !field.prefilled() && value != null) input.put(field.name(), value);
        }
        return input;
    }
}
