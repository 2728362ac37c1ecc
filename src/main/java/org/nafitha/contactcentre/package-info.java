/**
 * Communication centre: the written channel for deaf and mute citizens (and anyone who cannot
 * call) — conversations with the centre's staff, tied to the person and to one of their cases
 * when given, answered from the centre's inbox, so that no journey needs a phone call.
 */
@NullMarked
@ApplicationModule(displayName = "Communication centre", allowedDependencies = {"errors", "identity", "cases", "transparency", "country", "assistant"})
package org.nafitha.contactcentre;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
