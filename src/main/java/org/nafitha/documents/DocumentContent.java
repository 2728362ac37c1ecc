package org.nafitha.documents;

public record DocumentContent(StoredDocument document, byte[] bytes) {
}
