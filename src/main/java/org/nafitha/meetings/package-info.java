/**
 * Meetings: the video rooms of booked meetings with officials and of families' video visits to detainees —
 * a room exists only for a booking, opens shortly before its slot and closes at its end; only the
 * booking's participants get a short-lived, single-use join token and TURN credentials (coturn's
 * REST scheme). Media goes through Janus (VideoRoom, recorded), which Nafitha drives over its HTTP
 * API and relays signalling to, so Janus itself is never exposed to browsers. Uses appointments' and
 * detention's events, identity's actor and roles, transparency's audit trail and the documents store.
 */
@NullMarked
@ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"errors", "appointments", "country", "detention", "identity", "transparency", "documents"})
package org.nafitha.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
