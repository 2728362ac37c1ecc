package org.nafitha.issuance;

import java.util.Map;

/**
 * Signed PDFs for other modules' own documents (a payment receipt), made exactly as issued
 * documents are: an XHTML Thymeleaf template laid out with Arabic shaping and the Amiri font
 * embedded (PDF/A-2u), the ministry's seal as {@code seal} and a QR code of {@code qrText} as
 * {@code qr} in the model, then signed with the ministry's key (PAdES).
 */
public interface SignedPdfs {

    byte[] renderAndSign(String template, Map<String, Object> model, String qrText, String reason);
}
