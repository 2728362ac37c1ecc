package org.nafitha.issuance.internal;

import java.util.Map;

/**
 * Everything printed on a document, already worded and formatted in both languages
 * ({@code ar} and {@code en} hold the labels from the message bundles).
 */
record PrintedDocument(String ministryAr, String ministryEn, String titleAr, String titleEn,
                       String holderNameAr, String holderNameEn, String holderId,
                       String dateOfBirthAr, String dateOfBirthEn, String issuedAr, String issuedEn,
                       String reference, String code, String verifyUrl, boolean demo,
                       Map<String, String> ar, Map<String, String> en) {
}
