package org.nafitha.documents.web;

import org.nafitha.errors.ErrorCode;

/** Why the archive imports API refused a request: each code is its message key, as published before this enum. */
enum DocumentsError implements ErrorCode {
    IMPORT_FORBIDDEN(403, "documents.import.forbidden"),
    IMPORT_NOT_FOUND(404, "documents.import.notFound"),
    ARCHIVE_REQUIRED(422, "documents.import.error.archiveRequired"),
    FOLDER_NOT_ALLOWED(422, "documents.import.error.folderNotAllowed");

    private final Definition definition;

    DocumentsError(int status, String messageKey) {
        this.definition = Definition.keyed(status, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
