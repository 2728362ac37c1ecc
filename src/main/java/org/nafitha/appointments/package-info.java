/**
 * Appointments: offices with their hours, counters and holidays, slots that are never overbooked,
 * booking with a fair release (a recorded draw for the first minutes of a new day), reminders, and
 * at the office the check-in, queue tickets, counters and the waiting-room display.
 */
@NullMarked
@ApplicationModule(displayName = "Appointments",
        allowedDependencies = {"errors", "catalogue", "country", "identity", "transparency", "cases", "operations", "registers", "analytics"})
package org.nafitha.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
