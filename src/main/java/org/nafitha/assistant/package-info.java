/**
 * The guidance assistant: answers a question about the ministry's services, asked in Arabic (standard
 * or dialect, Arabizi) or English, with the catalogue's own words — eligibility, documents, fees,
 * steps, time, appointment — never generated text; keeps the questions it could not answer for the
 * catalogue's editors.
 */
@NullMarked
@ApplicationModule(displayName = "Guidance assistant",
        allowedDependencies = {"errors", "catalogue", "country", "identity", "cases", "portal", "kiosk"})
package org.nafitha.assistant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
