/**
 * Issuance: the documents a case produces when it is approved — bilingual PDFs signed with the
 * ministry's key (PAdES), a public verification code behind a QR code, revocation, and delivery.
 */
@NullMarked
@ApplicationModule(displayName = "Issuance",
        allowedDependencies = {"errors", "cases", "catalogue", "country", "identity", "messaging", "operations", "registers", "transparency"})
package org.nafitha.issuance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
