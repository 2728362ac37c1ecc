package org.nafitha.meetings.internal;

import java.util.UUID;

/** A recorded meeting ended: its room is gone and its recording can be made into one file. */
record MeetingEnded(UUID meeting) {
}
