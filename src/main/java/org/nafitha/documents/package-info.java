/**
 * Documents: uploads checked by content and stored once per content hash, encrypted at rest; bulk
 * imports of scanned archives; every staff read of a document recorded in the audit trail.
 */
@NullMarked
@ApplicationModule(displayName = "Documents", allowedDependencies = {"transparency", "country", "identity"})
package org.nafitha.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
