package org.nafitha.appointments;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxOpen       how many meeting requests with officials a person may have waiting at once
 * @param subjectLength the longest subject a request may carry
 * @param reasonLength  the longest reason for a decline
 */
@ConfigurationProperties("nafitha.appointments.officials")
public record OfficialsProperties(@Nullable Integer maxOpen, @Nullable Integer subjectLength,
                                  @Nullable Integer reasonLength) {

    public OfficialsProperties {
        if (maxOpen == null) maxOpen = 3;
        if (subjectLength == null) subjectLength = 500;
        if (reasonLength == null) reasonLength = 1000;
    }
}
