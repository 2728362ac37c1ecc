/**
 * The portal people meet: layout, language, home page with the services, each service's start
 * page, error pages, and the REST API's error format.
 */
@NullMarked
@ApplicationModule(displayName = "Portal", allowedDependencies = {"errors", "catalogue", "country", "identity", "transparency", "cases", "appointments"})
package org.nafitha.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
