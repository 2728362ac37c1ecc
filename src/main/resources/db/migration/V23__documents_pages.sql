-- The text of each page of a document, as OCR (or a PDF's own text layer) read it; the archive
-- search indexes it and the viewer shows it beside the page. One row per page: a retried OCR
-- replaces the rows of its document instead of adding to them.
CREATE TABLE document_pages (
    document_id UUID NOT NULL,
    page_no     INT NOT NULL,
    text        TEXT NOT NULL,
    ocr_engine  VARCHAR(32) NOT NULL,
    confidence  REAL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, page_no)
);

-- Whether a document's text was read: READ, UNAVAILABLE (no OCR engine on this machine) or
-- NOT_APPLICABLE (a type OCR does not read).
CREATE TABLE document_text_status (
    document_id UUID PRIMARY KEY,
    status      VARCHAR(16) NOT NULL,
    pages       INT NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL
);
