/**
 * Cases (applications, معاملات): submission with a reference number, routing to the competent
 * department, the workflow each service defines (officer, reviewer, head; four eyes), requests
 * for more information, and the timeline the applicant follows step by step.
 */
@NullMarked
@ApplicationModule(displayName = "Cases",
        allowedDependencies = {"errors", "catalogue", "country", "identity", "registers", "documents", "transparency"})
package org.nafitha.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
