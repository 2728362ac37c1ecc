-- Archive metadata: where a document belongs, who may see it, and where it came from.
ALTER TABLE documents ADD COLUMN department VARCHAR(64);
ALTER TABLE documents ADD COLUMN classification VARCHAR(16) DEFAULT 'INTERNAL' NOT NULL;
ALTER TABLE documents ADD COLUMN document_date DATE;
ALTER TABLE documents ADD COLUMN reference VARCHAR(64);
ALTER TABLE documents ADD COLUMN title TEXT;
ALTER TABLE documents ADD COLUMN source VARCHAR(16) DEFAULT 'UPLOAD' NOT NULL;
CREATE INDEX documents_by_department ON documents (department);
