/**
 * Documents: uploads checked by content, stored once per content hash, and every staff read of
 * one recorded in the audit trail.
 */
@NullMarked
@ApplicationModule(displayName = "Documents", allowedDependencies = {"transparency", "identity", "country"})
package org.nafitha.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
