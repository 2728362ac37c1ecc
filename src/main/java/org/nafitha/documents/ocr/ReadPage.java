package org.nafitha.documents.ocr;

/**
 * The text of one page of a document.
 *
 * @param pageNo     from 1
 * @param engine     what read it: the OCR engine's name, or {@code pdf-text} for a PDF's own text
 * @param confidence 0–100; 100 for text that was never an image
 */
public record ReadPage(int pageNo, String text, String engine, float confidence) {
}
