/**
 * The service catalogue as data: each public service's bilingual name and guidance, who may
 * apply, its form, documents, fee, service-level time and workflow, loaded from files under
 * {@code catalogue/services/}.
 */
@NullMarked
@ApplicationModule(displayName = "Service catalogue", allowedDependencies = {"country", "transparency"})
package org.nafitha.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
