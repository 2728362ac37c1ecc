package org.nafitha.municipal;

import org.jspecify.annotations.Nullable;

/**
 * A municipality's official or a mukhtar registering: the municipality's code, {@code role}
 * MUNICIPAL_STAFF or MUKHTAR, the official's position (e.g. رئيس البلدية), name, national ID and
 * mobile, the username and password wanted, and the decree or appointment document.
 */
public record NewRegistration(@Nullable String municipality, @Nullable String role, @Nullable String position,
                              @Nullable String officialName, @Nullable String nationalId, @Nullable String mobile,
                              @Nullable String username, @Nullable String password, @Nullable String decreeName,
                              byte @Nullable [] decree) {
}
