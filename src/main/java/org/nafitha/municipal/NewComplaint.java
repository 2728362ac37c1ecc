package org.nafitha.municipal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A complaint or report as it is filed, before any check: its category and municipality codes, what
 * happened, an optional map point (decimal degrees; Arabic-Indic digits accepted), who to call back
 * when an agent files for a caller, and the files attached. {@code channel} says how an agent
 * received it ({@code CALL_CENTRE} or {@code WRITTEN}); everyone else's channel follows from who they are.
 */
public record NewComplaint(@Nullable String category, @Nullable String municipality, @Nullable String description,
                           @Nullable String latitude, @Nullable String longitude, @Nullable String contactName,
                           @Nullable String contactMobile, @Nullable String channel, List<Attachment> attachments) {

    public NewComplaint {
        attachments = List.copyOf(attachments);
    }

    /** A file attached to a complaint: a photograph of the place, a letter. */
    public record Attachment(String name, byte[] bytes) {
    }
}
