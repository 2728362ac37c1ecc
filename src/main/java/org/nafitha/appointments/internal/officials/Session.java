package org.nafitha.appointments.internal.officials;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A public-session day or a private meeting slot of an official; a private slot holds one meeting. */
@Schema(name = "OfficialSession")
public record Session(long id, String officialId, Kind kind, Instant startsAt, int minutes, String placeAr,
                      String placeEn, @Nullable UUID meetingId) {

    public enum Kind { PUBLIC, PRIVATE }

    public String place(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? placeAr : placeEn;
    }

    public boolean free() {
        return meetingId == null;
    }
}
